package io.fieldline.backend.dispatch.moves;

import io.fieldline.backend.dispatch.DispatchAccess;
import io.fieldline.backend.dispatch.moves.MoveViews.MoveResult;
import io.fieldline.backend.dispatch.plan.DispatchEvents;
import io.fieldline.backend.dispatch.plan.PlanChange;
import io.fieldline.backend.dispatch.plan.PlanWriter;
import io.fieldline.backend.dispatch.snapshot.Snapshot;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.backend.dispatch.snapshot.SnapshotLoader;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.notify.dispatch.NotificationDispatcher;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * Manual moves of one visit: preview (rules broken, KPIs before / after, nothing written) and save
 * (the same evaluation in the transaction that locks the visit, checks its version and writes the
 * move with its event, as publishing a plan change does).
 */
@ApplicationScoped
public class MoveService {
  private static final String VISIT =
      "select v.id, v.status, v.version, v.scheduled_start, a.territory_id from visit v"
          + " join account a on a.id = v.account_id where v.id = $1 and v.kind = 'SERVICE'";

  private final Pool pool;
  private final SnapshotLoader loader;
  private final DispatchEvents events;
  private final NotificationDispatcher notifier;

  public MoveService(
      Pool pool, SnapshotLoader loader, DispatchEvents events, NotificationDispatcher notifier) {
    this.pool = pool;
    this.loader = loader;
    this.events = events;
    this.notifier = notifier;
  }

  public Uni<MoveResult> preview(FieldlinePrincipal p, MoveInput in) {
    return TenantTx.sql(pool, p.tenantId(), c -> evaluate(c, p, in, false).map(Evaluated::result));
  }

  public Uni<MoveResult> save(FieldlinePrincipal p, MoveInput in) {
    if (in.version() == null) {
      throw ApiException.invalid("version", "The visit's version is required to save a move");
    }
    return TenantTx.sql(
            pool, p.tenantId(), c -> evaluate(c, p, in, true).chain(e -> write(c, p, e)))
        .invoke(() -> notifier.wake(p.tenantId()));
  }

  private record Evaluated(VisitRow visit, MoveResult result) {}

  private Uni<Evaluated> evaluate(
      SqlConnection c, FieldlinePrincipal p, MoveInput in, boolean lock) {
    UUID visitId = Ids.parse("visitId", in.visitId());
    UUID to = in.technicianId() == null ? null : Ids.parse("technicianId", in.technicianId());
    return c.preparedQuery(lock ? VISIT + " for update of v" : VISIT)
        .execute(Tuple.of(visitId))
        .chain(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.notFound("Visit", visitId);
              }
              Row r = rows.iterator().next();
              UUID territory = r.getUUID("territory_id");
              DispatchAccess.check(p, territory);
              if (lock && r.getLong("version") != in.version().longValue()) {
                throw new ApiException(
                    ErrorCode.PLAN_STALE,
                    "The visit changed since version "
                        + in.version()
                        + " (now "
                        + r.getLong("version")
                        + "); preview the move again");
              }
              if (!Set.of("SCHEDULED", "DISPATCHED").contains(r.getString("status"))) {
                throw new ApiException(
                    ErrorCode.INVALID_STATE,
                    "Only a SCHEDULED or DISPATCHED visit can be moved; this one is "
                        + r.getString("status"));
              }
              Instant old = r.getOffsetDateTime("scheduled_start").toInstant();
              Instant start = in.start() == null ? old : in.start().toInstant();
              LocalDate a = day(old);
              LocalDate b = day(start);
              LocalDate from = a.isBefore(b) ? a : b;
              LocalDate until = a.isBefore(b) ? b : a;
              if (until.toEpochDay() - from.toEpochDay() >= 14) {
                throw ApiException.invalid("start", "At most 14 days away from the current start");
              }
              return loader
                  .load(c, territory, from, until, 0)
                  .map(s -> evaluate(s, visitId, to, start));
            });
  }

  private static Evaluated evaluate(Snapshot s, UUID visitId, UUID to, Instant start) {
    VisitRow v =
        s.visits().stream()
            .filter(x -> x.id().equals(visitId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.INVALID_STATE,
                        "The visit's technician is not an active technician of its territory"));
    if (to != null && s.technicians().stream().noneMatch(t -> t.id().equals(to))) {
      throw ApiException.invalid("technicianId", "Not an active technician of the territory");
    }
    return new Evaluated(v, MoveCheck.check(s, v, to, start));
  }

  private Uni<MoveResult> write(SqlConnection c, FieldlinePrincipal p, Evaluated e) {
    VisitRow v = e.visit();
    MoveResult m = e.result();
    boolean unassign = m.toTechnicianId() == null;
    PlanChange change =
        new PlanChange(
            v.id().toString(),
            unassign ? PlanChange.UNASSIGN : PlanChange.MOVE,
            v.id().toString(),
            v.workOrderId().toString(),
            v.workOrderNumber(),
            v.customerName(),
            v.assigneeId().toString(),
            m.toTechnicianId(),
            m.oldStart(),
            m.newStart(),
            v.minutes(),
            v.version(),
            m.violations().stream().map(x -> x.rule() + ": " + x.message()).toList());
    Uni<Void> written =
        unassign
            ? PlanWriter.end(c, change, v.status(), "Unassigned by dispatch", p.userId())
            : PlanWriter.move(c, change);
    return written
        .chain(() -> events.published(c, v.id(), change, false, p.userId()))
        .chain(
            () ->
                c.preparedQuery("select version from visit where id = $1")
                    .execute(Tuple.of(v.id())))
        .map(
            rows ->
                new MoveResult(
                    m.visitId(),
                    m.kind(),
                    m.fromTechnicianId(),
                    m.toTechnicianId(),
                    m.oldStart(),
                    m.newStart(),
                    m.violations(),
                    m.kpisBefore(),
                    m.kpisAfter(),
                    true,
                    rows.iterator().next().getLong("version")));
  }

  private static LocalDate day(Instant t) {
    return t.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
