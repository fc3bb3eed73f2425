package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.service.VisitPlanning;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The desk's visit lifecycle: schedule, reschedule, reassign, dispatch, cancel. */
@GraphQLApi
public class VisitPlanningApi {
  private final CurrentUser currentUser;
  private final VisitPlanning planning;
  private final VisitViews views;

  public VisitPlanningApi(CurrentUser currentUser, VisitPlanning planning, VisitViews views) {
    this.currentUser = currentUser;
    this.planning = planning;
    this.views = views;
  }

  @Mutation("scheduleVisit")
  @Description(
      "Schedules a visit (SCHEDULED). Service visits: an OPEN work order, a technician with its"
          + " skills who is not away. Sales calls: a sales rep. Raises VISIT_ASSIGNED.")
  public Uni<@NonNull VisitView> scheduleVisit(@Name("input") @NonNull ScheduleVisitInput input) {
    ServiceScope scope = scope();
    return planning.schedule(scope, input.toDraft()).chain(id -> views.find(scope, id));
  }

  @Mutation("rescheduleVisit")
  @Description("Moves a SCHEDULED or DISPATCHED visit to another time. Raises VISIT_RESCHEDULED.")
  public Uni<@NonNull VisitView> rescheduleVisit(
      @Name("id") @Id @NonNull String id, @Name("schedule") @NonNull VisitScheduleInput schedule) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(scope, planning.reschedule(scope, visitId, schedule.toSchedule()), visitId);
  }

  @Mutation("reassignVisit")
  @Description("Gives a SCHEDULED or DISPATCHED visit to someone else. Raises VISIT_ASSIGNED.")
  public Uni<@NonNull VisitView> reassignVisit(
      @Name("id") @Id @NonNull String id, @Name("assigneeId") @Id @NonNull String assigneeId) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(
        scope, planning.reassign(scope, visitId, Ids.parse("assigneeId", assigneeId)), visitId);
  }

  @Mutation("dispatchVisit")
  @Description("SCHEDULED -> DISPATCHED: publishes the visit to the assignee's day.")
  public Uni<@NonNull VisitView> dispatchVisit(@Name("id") @Id @NonNull String id) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(scope, planning.dispatch(scope, visitId), visitId);
  }

  @Mutation("cancelVisit")
  @Description(
      "Cancels a visit before arrival (with a reason); its work order is OPEN again. Raises"
          + " VISIT_CANCELLED.")
  public Uni<@NonNull VisitView> cancelVisit(
      @Name("id") @Id @NonNull String id, @Name("reason") @NonNull String reason) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(scope, planning.cancel(scope, visitId, reason), visitId);
  }

  private ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }
}
