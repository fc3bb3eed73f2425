package io.fieldline.backend.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A work order as the service rules see it when changing it.
 *
 * @param territoryId the territory of the work order's account (for scope checks)
 */
public record WorkOrder(
    UUID id,
    WorkOrderStatus status,
    WorkOrderType type,
    WorkOrderPriority priority,
    UUID accountId,
    UUID siteId,
    UUID territoryId,
    UUID assetId,
    OffsetDateTime slaDueAt,
    int estimatedMinutes,
    UUID checklistTemplateId,
    OffsetDateTime slaRiskFlaggedAt) {}
