package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.service.VisitFieldWork;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The assignee's visit lifecycle: DISPATCHED -> TRAVELING -> ON_SITE -> COMPLETED, or INCOMPLETE.
 * Steps the state machine does not allow answer ILLEGAL_TRANSITION and change nothing.
 */
@GraphQLApi
public class VisitFieldApi {
  private final CurrentUser currentUser;
  private final VisitFieldWork work;
  private final VisitViews views;

  public VisitFieldApi(CurrentUser currentUser, VisitFieldWork work, VisitViews views) {
    this.currentUser = currentUser;
    this.work = work;
    this.views = views;
  }

  @Mutation("startTravel")
  @Description("DISPATCHED -> TRAVELING (the work order is IN_PROGRESS).")
  public Uni<@NonNull VisitView> startTravel(@Name("id") @Id @NonNull String id) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(scope, work.startTravel(scope, visitId), visitId);
  }

  @Mutation("checkIn")
  @Description("TRAVELING -> ON_SITE, recording the check-in position and time.")
  public Uni<@NonNull VisitView> checkIn(
      @Name("id") @Id @NonNull String id, @Name("evidence") @NonNull GeoEvidenceInput evidence) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(scope, work.checkIn(scope, visitId, evidence.toEvidence()), visitId);
  }

  @Mutation("completeVisit")
  @Description(
      "ON_SITE -> COMPLETED with check-out evidence. Needs every required checklist item answered"
          + " (CHECKLIST_INCOMPLETE). Completes the work order, creates a requested follow-up, raises"
          + " VISIT_COMPLETED.")
  public Uni<@NonNull VisitView> completeVisit(
      @Name("id") @Id @NonNull String id, @Name("evidence") @NonNull GeoEvidenceInput evidence) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(scope, work.complete(scope, visitId, evidence.toEvidence()), visitId);
  }

  @Mutation("markVisitIncomplete")
  @Description(
      "TRAVELING or ON_SITE -> INCOMPLETE with a reason (and optional check-out evidence); the work"
          + " order is OPEN again.")
  public Uni<@NonNull VisitView> markVisitIncomplete(
      @Name("id") @Id @NonNull String id,
      @Name("reason") @NonNull String reason,
      @Name("evidence") GeoEvidenceInput evidence) {
    ServiceScope scope = scope();
    UUID visitId = Ids.parse("id", id);
    return views.after(
        scope, work.incomplete(scope, visitId, reason, GeoEvidenceInput.of(evidence)), visitId);
  }

  private ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }
}
