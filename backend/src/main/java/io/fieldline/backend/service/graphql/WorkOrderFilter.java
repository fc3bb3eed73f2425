package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.WorkOrderType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/**
 * Narrows a work-order list; every set field must match. Without statuses only open ones (OPEN,
 * SCHEDULED, IN_PROGRESS) are listed. {@code skillCode} matches orders needing that skill.
 */
@Input("WorkOrderFilterInput")
public record WorkOrderFilter(
    List<WorkOrderStatus> statuses,
    List<WorkOrderPriority> priorities,
    List<WorkOrderType> types,
    @Id String territoryId,
    @Id String accountId,
    @Id String assetId,
    String skillCode,
    OffsetDateTime dueBefore,
    Boolean slaAtRisk) {}
