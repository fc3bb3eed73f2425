package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.SkillRequirement;
import io.fieldline.backend.service.WorkOrderOrigin;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A work order about to be written, every reference already checked. */
public record NewWorkOrder(
    UUID id,
    UUID accountId,
    UUID siteId,
    UUID assetId,
    WorkOrderType type,
    WorkOrderPriority priority,
    String title,
    String description,
    OffsetDateTime slaDueAt,
    int estimatedMinutes,
    UUID preferredTechnicianId,
    WorkOrderOrigin origin,
    UUID caseId,
    UUID originVisitId,
    List<SkillRequirement> requiredSkills,
    UUID createdBy) {

  public NewWorkOrder {
    requiredSkills = List.copyOf(requiredSkills);
  }
}
