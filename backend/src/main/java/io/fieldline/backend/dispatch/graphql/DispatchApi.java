package io.fieldline.backend.dispatch.graphql;

import io.fieldline.backend.dispatch.DispatchAccess;
import io.fieldline.backend.dispatch.board.BoardService;
import io.fieldline.backend.dispatch.board.BoardViews.Board;
import io.fieldline.backend.dispatch.jobs.JobService;
import io.fieldline.backend.dispatch.jobs.JobView;
import io.fieldline.backend.dispatch.plan.PlanPublisher;
import io.fieldline.backend.dispatch.plan.PlanPublisher.Published;
import io.fieldline.backend.dispatch.realtime.RealtimeInput;
import io.fieldline.backend.dispatch.realtime.RealtimeService;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Dispatch over GraphQL: the board, optimisation jobs (queue, progress subscription, proposal,
 * publish) and real-time changes. Dispatchers and managers of the territory and admins only.
 */
@GraphQLApi
public class DispatchApi {
  private final CurrentUser currentUser;
  private final BoardService board;
  private final JobService jobs;
  private final PlanPublisher publisher;
  private final RealtimeService realtime;

  public DispatchApi(
      CurrentUser currentUser,
      BoardService board,
      JobService jobs,
      PlanPublisher publisher,
      RealtimeService realtime) {
    this.currentUser = currentUser;
    this.board = board;
    this.jobs = jobs;
    this.publisher = publisher;
    this.realtime = realtime;
  }

  @Query("dispatchBoard")
  @Description(
      "Technicians of the territory with shifts, absences and visits in order (times, travel),"
          + " the unassigned queue with reasons, and KPIs, for UTC days from..to (at most 14).")
  public Uni<@NonNull Board> dispatchBoard(
      @Name("territoryId") @Id @NonNull String territoryId,
      @Name("from") @NonNull LocalDate from,
      @Name("to") @NonNull LocalDate to,
      @Name("queueSize") @DefaultValue("50") int queueSize) {
    return board.board(caller(), Ids.parse("territoryId", territoryId), from, to, queueSize);
  }

  @Mutation("optimiseTerritory")
  @Description(
      "Queues an optimisation of the territory for UTC days from..to; follow it with the"
          + " dispatchJobProgress subscription. Nothing changes until publishPlan.")
  public Uni<@NonNull JobView> optimiseTerritory(
      @Name("territoryId") @Id @NonNull String territoryId,
      @Name("from") @NonNull LocalDate from,
      @Name("to") @NonNull LocalDate to,
      @Name("timeLimitSeconds") Integer timeLimitSeconds) {
    return jobs.optimise(
        caller(), Ids.parse("territoryId", territoryId), from, to, timeLimitSeconds);
  }

  @Query("dispatchJob")
  @Description("An optimisation or real-time job with its proposal (diff and explanations).")
  public Uni<@NonNull JobView> dispatchJob(@Name("id") @Id @NonNull String id) {
    return jobs.find(caller(), Ids.parse("id", id), true);
  }

  @Subscription("dispatchJobProgress")
  @Description(
      "The job's state now and at every change (best score, KPIs) until it is PROPOSED or"
          + " FAILED; then the stream completes.")
  public Multi<JobView> dispatchJobProgress(@Name("jobId") @Id @NonNull String jobId) {
    FieldlinePrincipal p = caller();
    return jobs.progress(p, Ids.parse("jobId", jobId));
  }

  @Mutation("publishPlan")
  @Description(
      "Publishes a PROPOSED plan (all changes, or those named) in one transaction. Refused with"
          + " PLAN_STALE when a visit or work order it changes was changed since.")
  public Uni<@NonNull Published> publishPlan(
      @Name("jobId") @Id @NonNull String jobId, @Name("changeIds") List<String> changeIds) {
    return publisher.publish(caller(), Ids.parse("jobId", jobId), changeIds);
  }

  @Mutation("replanRealtime")
  @Description(
      "Applies a real-time change (urgent visit, technician unavailable, overrun, cancellation)"
          + " to the day's plan with minimal disruption; answers a PROPOSED job to publish.")
  public Uni<@NonNull JobView> replanRealtime(@Name("input") @NonNull RealtimeInput input) {
    return realtime.apply(caller(), input);
  }

  private FieldlinePrincipal caller() {
    return currentUser.requireAny(Role.DISPATCHER, Role.MANAGER, Role.ADMIN);
  }

  static UUID territory(String id) {
    return Ids.parse("territoryId", id);
  }

  static void check(FieldlinePrincipal p, UUID territory) {
    DispatchAccess.check(p, territory);
  }
}
