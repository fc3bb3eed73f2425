package io.fieldline.backend.dispatch.graphql;

import io.fieldline.backend.dispatch.moves.MoveInput;
import io.fieldline.backend.dispatch.moves.MoveService;
import io.fieldline.backend.dispatch.moves.MoveViews.MoveResult;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Manual moves of one visit: preview and save, for dispatchers and managers and admins. */
@GraphQLApi
public class MoveApi {
  private final CurrentUser currentUser;
  private final MoveService moves;

  public MoveApi(CurrentUser currentUser, MoveService moves) {
    this.currentUser = currentUser;
    this.moves = moves;
  }

  @Query("previewVisitMove")
  @Description(
      "What moving (technicianId, start), rescheduling (same technician) or unassigning"
          + " (technicianId null) a visit would break, and the KPIs before and after; writes"
          + " nothing.")
  public Uni<@NonNull MoveResult> previewVisitMove(@Name("input") @NonNull MoveInput input) {
    return moves.preview(caller(), input);
  }

  @Mutation("moveVisit")
  @Description(
      "Saves a move (as previewVisitMove) if the visit is still at `version` (PLAN_STALE"
          + " otherwise); emits VISIT_ASSIGNED / VISIT_RESCHEDULED / VISIT_CANCELLED.")
  public Uni<@NonNull MoveResult> moveVisit(@Name("input") @NonNull MoveInput input) {
    return moves.save(caller(), input);
  }

  private FieldlinePrincipal caller() {
    return currentUser.requireAny(Role.DISPATCHER, Role.MANAGER, Role.ADMIN);
  }
}
