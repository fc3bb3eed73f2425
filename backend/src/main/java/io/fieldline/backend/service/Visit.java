package io.fieldline.backend.service;

import java.util.UUID;

/**
 * A visit as the service rules see it when changing it: who, where, when, and where it stands.
 *
 * @param territoryId the territory of the visit's account (for scope checks)
 */
public record Visit(
    UUID id,
    VisitKind kind,
    VisitStatus status,
    UUID accountId,
    UUID siteId,
    UUID territoryId,
    UUID workOrderId,
    UUID opportunityId,
    UUID assigneeId,
    Schedule schedule,
    long version) {

  public boolean isAssignedTo(UUID userId) {
    return assigneeId.equals(userId);
  }
}
