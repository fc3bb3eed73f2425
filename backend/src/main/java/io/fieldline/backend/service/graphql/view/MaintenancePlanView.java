package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A recurring job: every {@code intervalMonths} from {@code firstDueOn}, generated ahead of time.
 */
@Type("MaintenancePlan")
public record MaintenancePlanView(
    @Id @NonNull UUID id,
    @NonNull String name,
    @Id @NonNull UUID accountId,
    @Id @NonNull UUID siteId,
    @Id UUID assetId,
    @NonNull WorkOrderType workOrderType,
    @NonNull WorkOrderPriority priority,
    int intervalMonths,
    @NonNull LocalDate firstDueOn,
    LocalDate endsOn,
    int leadDays,
    int slaDays,
    int estimatedMinutes,
    boolean active,
    @NonNull List<@NonNull SkillLevelView> requiredSkills) {}
