package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.WorkOrderOrigin;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.WorkOrderType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A work order (service request). Customer, site, asset, skills and visits resolve in batches. */
@Type("WorkOrder")
public record WorkOrderView(
    @Id @NonNull UUID id,
    @NonNull String number,
    @Id @NonNull UUID accountId,
    @Id @NonNull UUID siteId,
    @Id UUID assetId,
    @NonNull WorkOrderType type,
    @NonNull WorkOrderPriority priority,
    @NonNull WorkOrderStatus status,
    @NonNull WorkOrderOrigin origin,
    @NonNull String title,
    String description,
    @NonNull OffsetDateTime slaDueAt,
    OffsetDateTime slaRiskFlaggedAt,
    int estimatedMinutes,
    @Id UUID preferredTechnicianId,
    @Id UUID caseId,
    @Id UUID maintenancePlanId,
    LocalDate planOccurrence,
    @Id UUID originVisitId,
    @Id UUID checklistTemplateId,
    String cancelReason,
    OffsetDateTime completedAt,
    @NonNull OffsetDateTime createdAt) {}
