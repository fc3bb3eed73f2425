package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.VisitStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A visit (service appointment or sales call). Customer, site, contacts, work order, asset,
 * checklist, history, evidence, report and survey are fields resolved in batches.
 */
@Type("Visit")
public record VisitView(
    @Id @NonNull UUID id,
    @NonNull VisitKind kind,
    @NonNull VisitStatus status,
    String statusReason,
    @NonNull OffsetDateTime statusChangedAt,
    @Id @NonNull UUID accountId,
    @Id @NonNull UUID siteId,
    @Id UUID workOrderId,
    @Id UUID opportunityId,
    @Id @NonNull UUID assigneeId,
    @NonNull OffsetDateTime scheduledStart,
    int durationMinutes,
    @NonNull OffsetDateTime arrivalWindowStart,
    @NonNull OffsetDateTime arrivalWindowEnd,
    int version) {}
