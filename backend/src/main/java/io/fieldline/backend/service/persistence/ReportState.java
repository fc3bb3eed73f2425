package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.WorkOrderType;
import java.util.UUID;

/** A visit report's id, checklist template, whether it is signed, and its follow-up request. */
public record ReportState(
    UUID id,
    UUID templateId,
    boolean signed,
    FollowUpKind followUpKind,
    String followUpNote,
    WorkOrderType followUpType) {}
