package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.WorkOrderType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A visit report. Answers, time entries, parts, attachments, signature and the content hash resolve
 * on demand.
 */
@Type("VisitReport")
public record ReportView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID visitId,
    @Id UUID checklistTemplateId,
    String notes,
    FollowUpKind followUpKind,
    String followUpNote,
    WorkOrderType followUpWorkOrderType,
    @Id UUID followUpWorkOrderId,
    @Id UUID followUpQuoteRequestId,
    @NonNull OffsetDateTime updatedAt,
    int version) {}
