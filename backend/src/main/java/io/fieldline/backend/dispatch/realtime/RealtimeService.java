package io.fieldline.backend.dispatch.realtime;

import io.fieldline.backend.dispatch.DispatchAccess;
import io.fieldline.backend.dispatch.DispatchSettings;
import io.fieldline.backend.dispatch.jobs.JobService;
import io.fieldline.backend.dispatch.jobs.JobView;
import io.fieldline.backend.dispatch.plan.Optimiser;
import io.fieldline.backend.dispatch.plan.Proposal;
import io.fieldline.backend.dispatch.plan.ProposalCodec;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Built;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Orders;
import io.fieldline.backend.dispatch.snapshot.Snapshot;
import io.fieldline.backend.dispatch.snapshot.Snapshot.OrderRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.backend.dispatch.snapshot.SnapshotLoader;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.realtime.DispatchChange;
import io.fieldline.scheduling.realtime.TechnicianUnavailable;
import io.fieldline.scheduling.realtime.UrgentVisit;
import io.fieldline.scheduling.realtime.VisitCancelled;
import io.fieldline.scheduling.realtime.VisitOverrun;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one real-time change to a territory's current plan for a day with the scheduling
 * library's real-time support (a daemon solver job; the published visits keep their technician and
 * promised window unless the rules force a change) and stores the result as a REALTIME job in state
 * PROPOSED: its diff is published like an optimisation's ({@code publishPlan}).
 */
@ApplicationScoped
public class RealtimeService {
  private final Pool pool;
  private final SnapshotLoader loader;
  private final ProposalCodec codec;
  private final JobService jobs;
  private final DispatchSettings settings;

  public RealtimeService(
      Pool pool,
      SnapshotLoader loader,
      ProposalCodec codec,
      JobService jobs,
      DispatchSettings settings) {
    this.pool = pool;
    this.loader = loader;
    this.codec = codec;
    this.jobs = jobs;
    this.settings = settings;
  }

  public Uni<JobView> apply(FieldlinePrincipal p, RealtimeInput in) {
    UUID territory = Ids.parse("territoryId", in.territoryId());
    DispatchAccess.check(p, territory);
    if (in.day() == null || in.kind() == null) {
      throw ApiException.invalid(in.day() == null ? "day" : "kind", "Required");
    }
    Instant at = in.at() == null ? Instant.now() : in.at().toInstant();
    UUID order =
        in.kind() == RealtimeKind.URGENT_VISIT ? Ids.parse("workOrderId", in.workOrderId()) : null;
    return TenantTx.sql(
            pool,
            p.tenantId(),
            c ->
                loader
                    .load(c, territory, in.day(), in.day(), 0)
                    .chain(
                        s ->
                            order == null
                                ? Uni.createFrom().item(new Loaded(s, null))
                                : loader.openOrder(c, territory, order).map(o -> new Loaded(s, o))))
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(loaded -> solve(loaded, in, at))
        .chain(proposal -> store(p, territory, in, proposal))
        .chain(id -> jobs.find(p, id, true));
  }

  private record Loaded(Snapshot snapshot, OrderRow order) {}

  private Proposal solve(Loaded loaded, RealtimeInput in, Instant at) {
    Snapshot s = loaded.snapshot();
    List<OrderRow> extra = new ArrayList<>();
    if (in.kind() == RealtimeKind.URGENT_VISIT) {
      if (loaded.order() == null) {
        throw ApiException.notFound("Open work order", in.workOrderId());
      }
      extra.add(loaded.order());
    }
    Built base = PlanBuilder.build(s, Orders.NONE, at, extra, false);
    Built problem = PlanBuilder.build(s, Orders.NONE, at, extra, true);
    Set<String> cancelled = Set.of();
    DispatchChange change;
    switch (in.kind()) {
      case URGENT_VISIT -> {
        Visit urgent = problem.plan().findVisit(loaded.order().id().toString()).orElseThrow();
        List<Visit> visits = new ArrayList<>(problem.plan().getVisits());
        visits.remove(urgent);
        problem.plan().setVisits(visits);
        change = new UrgentVisit(urgent);
      }
      case TECHNICIAN_UNAVAILABLE -> {
        UUID tech = Ids.parse("technicianId", in.technicianId());
        change =
            new TechnicianUnavailable(
                shiftOf(problem, tech, "technicianId").getId(), at.getEpochSecond());
      }
      case OVERRUN -> {
        VisitRow v = visit(s, in.visitId());
        if (in.expectedFinish() == null) {
          throw ApiException.invalid("expectedFinish", "Required for an overrun");
        }
        change =
            new VisitOverrun(
                shiftOf(problem, v.assigneeId(), "visitId").getId(),
                in.expectedFinish().toEpochSecond());
      }
      default -> {
        VisitRow v = visit(s, in.visitId());
        if (v.underWay() || problem.plan().findVisit(v.id().toString()).isEmpty()) {
          throw new ApiException(
              ErrorCode.INVALID_STATE, "Only a planned visit can be cancelled from the board");
        }
        change = new VisitCancelled(v.id().toString());
        cancelled = Set.of(v.id().toString());
      }
    }
    try {
      return Optimiser.realtime(base, problem, change, cancelled, settings.realtimeLimit());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(ErrorCode.RETRYABLE, "Interrupted; retry");
    } catch (Exception e) {
      throw new ApiException(ErrorCode.RETRYABLE, "The re-plan did not finish in time; retry");
    }
  }

  private static TechnicianShift shiftOf(Built problem, UUID technician, String field) {
    return problem.plan().getTechnicianShifts().stream()
        .filter(sh -> sh.getTechnician().id().equals(technician.toString()))
        .findFirst()
        .orElseThrow(() -> ApiException.invalid(field, "The technician has no shift that day"));
  }

  private static VisitRow visit(Snapshot s, String id) {
    UUID visitId = Ids.parse("visitId", id);
    return s.visits().stream()
        .filter(v -> v.id().equals(visitId))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("Visit", visitId));
  }

  private Uni<UUID> store(
      FieldlinePrincipal p, UUID territory, RealtimeInput in, Proposal proposal) {
    UUID id = UUID.randomUUID();
    return TenantTx.sql(
        pool,
        p.tenantId(),
        c ->
            c.preparedQuery(
                    "insert into dispatch_job (id, territory_id, horizon_start, horizon_end,"
                        + " status, kind, requested_by, time_limit_seconds, attempts, proposal,"
                        + " started_at, finished_at) values ($1, $2, $3, $3, 'PROPOSED', 'REALTIME',"
                        + " $4, $5, 1, $6, now(), now())")
                .execute(
                    Tuple.of(
                        id,
                        territory,
                        in.day(),
                        p.userId(),
                        (int) Math.max(1, settings.realtimeLimit().toSeconds()),
                        codec.write(proposal)))
                .replaceWith(id));
  }
}
