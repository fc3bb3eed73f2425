package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.service.MaintenancePlans;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A recurring job. Defaults: MAINTENANCE, NORMAL, every 3 months, generated 30 days ahead, SLA 7
 * days after the due date, 60 minutes.
 */
@Input("MaintenancePlanInput")
public record MaintenancePlanInput(
    @NonNull String name,
    @Id @NonNull String accountId,
    @Id @NonNull String siteId,
    @Id String assetId,
    WorkOrderType workOrderType,
    WorkOrderPriority priority,
    Integer intervalMonths,
    @NonNull LocalDate firstDueOn,
    LocalDate endsOn,
    Integer leadDays,
    Integer slaDays,
    Integer estimatedMinutes,
    List<SkillRequirementInput> requiredSkills) {

  public MaintenancePlans.Draft toDraft() {
    return new MaintenancePlans.Draft(
        name,
        Ids.parse("accountId", accountId),
        Ids.parse("siteId", siteId),
        Inputs.id("assetId", assetId),
        workOrderType,
        priority,
        intervalMonths,
        firstDueOn,
        endsOn,
        leadDays,
        slaDays,
        estimatedMinutes,
        SkillRequirementInput.toRequirements(requiredSkills));
  }
}
