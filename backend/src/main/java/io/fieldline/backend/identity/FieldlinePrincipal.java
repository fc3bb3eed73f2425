package io.fieldline.backend.identity;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller as the service sees it, loaded from the database on every request so
 * that role and territory changes apply at once.
 *
 * @param tenantId the caller's tenant
 * @param userId the caller
 * @param email the caller's e-mail
 * @param roles the caller's roles
 * @param territoryIds the territories assigned to the caller and every territory below them
 */
public record FieldlinePrincipal(
    UUID tenantId, UUID userId, String email, Set<Role> roles, Set<UUID> territoryIds)
    implements Principal {

  public FieldlinePrincipal {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    roles = Set.copyOf(roles);
    territoryIds = Set.copyOf(territoryIds);
  }

  @Override
  public String getName() {
    return userId.toString();
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
