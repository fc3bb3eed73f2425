package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.WorkOrderType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One work order at an asset with its latest visit: what was done, by whom, how it ended. */
@Type("AssetHistoryEntry")
public record AssetHistoryEntry(
    @Id @NonNull UUID workOrderId,
    @NonNull String workOrderNumber,
    @NonNull WorkOrderType type,
    @NonNull WorkOrderStatus workOrderStatus,
    @NonNull String title,
    @Id UUID visitId,
    VisitStatus visitStatus,
    @Id UUID technicianId,
    String technicianName,
    OffsetDateTime visitedAt,
    OffsetDateTime completedAt,
    String reportNotes,
    int partsUsed,
    Integer surveyScore) {}
