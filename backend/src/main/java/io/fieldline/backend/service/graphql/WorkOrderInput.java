package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.WorkOrderOrigin;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.service.WorkOrderDraft;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A new work order. From a case, account (and site, unless given) come from the case. Defaults:
 * priority NORMAL, SLA from the priority, 60 minutes, origin PHONE.
 */
@Input("WorkOrderInput")
public record WorkOrderInput(
    @Id String accountId,
    @Id String siteId,
    @Id String assetId,
    @NonNull WorkOrderType type,
    WorkOrderPriority priority,
    @NonNull String title,
    String description,
    OffsetDateTime slaDueAt,
    Integer estimatedMinutes,
    @Id String preferredTechnicianId,
    WorkOrderOrigin origin,
    List<SkillRequirementInput> requiredSkills) {

  public WorkOrderDraft toDraft() {
    return new WorkOrderDraft(
        Inputs.id("accountId", accountId),
        Inputs.id("siteId", siteId),
        Inputs.id("assetId", assetId),
        type,
        priority,
        title,
        description,
        slaDueAt,
        estimatedMinutes,
        Inputs.id("preferredTechnicianId", preferredTechnicianId),
        origin,
        SkillRequirementInput.toRequirements(requiredSkills));
  }
}
