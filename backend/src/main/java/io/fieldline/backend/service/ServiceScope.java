package io.fieldline.backend.service;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller may see in field service. Admins see the whole tenant; managers and dispatchers
 * (the desk) see records of accounts in their territories (assigned ones and everything below
 * them); everyone sees the visits assigned to them and those visits' customers. Anything else
 * answers NOT_FOUND.
 *
 * @param tenantId the caller's tenant
 * @param userId the caller
 * @param admin whether the caller sees the whole tenant
 * @param desk whether the caller is a manager or dispatcher
 * @param sells whether the caller is a sales rep (plans their own sales calls)
 * @param territories the caller's territories (assigned ones and everything below them)
 */
public record ServiceScope(
    UUID tenantId, UUID userId, boolean admin, boolean desk, boolean sells, Set<UUID> territories) {

  public ServiceScope {
    territories = Set.copyOf(territories);
  }

  public static ServiceScope of(FieldlinePrincipal p) {
    return new ServiceScope(
        p.tenantId(),
        p.userId(),
        p.hasRole(Role.ADMIN),
        p.hasAnyRole(Role.MANAGER, Role.DISPATCHER),
        p.hasRole(Role.SALES_REP),
        p.territoryIds());
  }

  /** Whether the caller plans and oversees work in some territories (or the whole tenant). */
  public boolean plans() {
    return admin || desk;
  }

  /** Whether the caller oversees records of accounts in {@code territoryId}. */
  public boolean covers(UUID territoryId) {
    return admin || (desk && territories.contains(territoryId));
  }

  /** Whether the caller sees a visit assigned to {@code assignee} for an account in a territory. */
  public boolean seesVisit(UUID assignee, UUID accountTerritoryId) {
    return userId.equals(assignee) || covers(accountTerritoryId);
  }

  /** Whether {@code territoryId} is one of the caller's own territories (any role). */
  public boolean worksIn(UUID territoryId) {
    return admin || territories.contains(territoryId);
  }

  /** The territories as an array, for SQL {@code = any(?)}. */
  public UUID[] territoryArray() {
    return territories.toArray(new UUID[0]);
  }
}
