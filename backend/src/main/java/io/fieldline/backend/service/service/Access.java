package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceCase;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.WorkOrder;
import java.util.UUID;

/**
 * The scope checks of write operations: a record the caller may not see answers NOT_FOUND, exactly
 * like an absent one; one they see but may not change answers FORBIDDEN.
 */
public final class Access {
  private Access() {}

  /** The visit if the caller sees it; NOT_FOUND otherwise. */
  public static Visit visible(ServiceScope scope, Visit v, UUID id) {
    if (v == null || !scope.seesVisit(v.assigneeId(), v.territoryId())) {
      throw ApiException.notFound("Visit", id);
    }
    return v;
  }

  /** The visit if the caller is its assignee (field steps); NOT_FOUND or FORBIDDEN otherwise. */
  public static Visit assigned(ServiceScope scope, Visit v, UUID id) {
    visible(scope, v, id);
    if (!v.isAssignedTo(scope.userId())) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only the assigned person works the visit");
    }
    return v;
  }

  /** The visit if the caller plans it (desk of its territory or admin). */
  public static Visit planned(ServiceScope scope, Visit v, UUID id) {
    visible(scope, v, id);
    requirePlanner(scope, v.territoryId());
    return v;
  }

  /** The work order if the caller plans its territory; NOT_FOUND otherwise. */
  public static WorkOrder planned(ServiceScope scope, WorkOrder w, UUID id) {
    if (w == null || !scope.covers(w.territoryId())) {
      throw ApiException.notFound("Work order", id);
    }
    return w;
  }

  /** The case if the caller covers its territory; NOT_FOUND otherwise. */
  public static ServiceCase covered(ServiceScope scope, ServiceCase k, UUID id) {
    if (k == null || !scope.covers(k.territoryId())) {
      throw ApiException.notFound("Case", id);
    }
    return k;
  }

  /** FORBIDDEN unless the caller plans work in {@code territoryId}. */
  public static void requirePlanner(ServiceScope scope, UUID territoryId) {
    if (!scope.covers(territoryId)) {
      throw new ApiException(
          ErrorCode.FORBIDDEN, "Only a dispatcher, manager or admin of the territory may do this");
    }
  }
}
