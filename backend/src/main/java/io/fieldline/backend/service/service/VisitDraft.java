package io.fieldline.backend.service.service;

import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.VisitKind;
import java.util.UUID;

/**
 * A visit to schedule: a SERVICE visit names its work order (account and site come from it), a
 * SALES visit names account, site and optionally the opportunity.
 */
public record VisitDraft(
    VisitKind kind,
    UUID workOrderId,
    UUID accountId,
    UUID siteId,
    UUID opportunityId,
    UUID assigneeId,
    Schedule schedule) {}
