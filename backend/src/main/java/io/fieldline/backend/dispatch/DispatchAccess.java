package io.fieldline.backend.dispatch;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.auth.CurrentUser;
import java.util.UUID;

/**
 * Who may dispatch: dispatchers and managers of the territory (their territories include those
 * below the ones assigned), and admins. Technicians and sales reps may not (FORBIDDEN); a
 * dispatcher of another territory gets NOT_FOUND, as for a territory that does not exist.
 */
public final class DispatchAccess {
  private DispatchAccess() {}

  /** The caller, if they may dispatch in {@code territory}. */
  public static FieldlinePrincipal require(CurrentUser currentUser, UUID territory) {
    FieldlinePrincipal p = currentUser.requireAny(Role.DISPATCHER, Role.MANAGER, Role.ADMIN);
    check(p, territory);
    return p;
  }

  /** Throws unless {@code p} may dispatch in {@code territory}. */
  public static void check(FieldlinePrincipal p, UUID territory) {
    if (!p.hasAnyRole(Role.DISPATCHER, Role.MANAGER, Role.ADMIN)) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only dispatchers, managers and admins dispatch");
    }
    if (!p.hasRole(Role.ADMIN) && !p.territoryIds().contains(territory)) {
      throw ApiException.notFound("Territory", territory);
    }
  }
}
