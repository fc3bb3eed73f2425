package io.fieldline.backend.service.service;

import io.fieldline.backend.service.SkillRequirement;
import io.fieldline.backend.service.WorkOrderOrigin;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a caller asks for when creating a work order. Unset values get defaults: priority NORMAL,
 * SLA from the priority, 60 minutes, origin PHONE.
 */
public record WorkOrderDraft(
    UUID accountId,
    UUID siteId,
    UUID assetId,
    WorkOrderType type,
    WorkOrderPriority priority,
    String title,
    String description,
    OffsetDateTime slaDueAt,
    Integer estimatedMinutes,
    UUID preferredTechnicianId,
    WorkOrderOrigin origin,
    List<SkillRequirement> requiredSkills) {

  public WorkOrderDraft {
    requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
  }
}
