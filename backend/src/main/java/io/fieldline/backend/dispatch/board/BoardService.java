package io.fieldline.backend.dispatch.board;

import io.fieldline.backend.dispatch.DispatchAccess;
import io.fieldline.backend.dispatch.board.BoardViews.AbsenceView;
import io.fieldline.backend.dispatch.board.BoardViews.Board;
import io.fieldline.backend.dispatch.board.BoardViews.BoardShift;
import io.fieldline.backend.dispatch.board.BoardViews.BoardTechnician;
import io.fieldline.backend.dispatch.board.BoardViews.BoardVisit;
import io.fieldline.backend.dispatch.board.BoardViews.QueueItem;
import io.fieldline.backend.dispatch.board.BoardViews.SkillView;
import io.fieldline.backend.dispatch.plan.Kpis;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Built;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Orders;
import io.fieldline.backend.dispatch.snapshot.Snapshot;
import io.fieldline.backend.dispatch.snapshot.Snapshot.OrderRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.ShiftRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.Tech;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.backend.dispatch.snapshot.SnapshotLoader;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.explain.KpiCalculator;
import io.fieldline.scheduling.explain.UnassignedExplanation;
import io.fieldline.scheduling.explain.UnassignedVisits;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dispatch board of a territory and date range: read in one transaction (six queries), timed
 * with the scheduling library (routes in start order, travel estimated between stops), the open
 * work orders explained (why each is not planned), KPIs of the current plan. The computation runs
 * on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class BoardService {
  /** Longest date range of one board. */
  public static final int MAX_DAYS = 14;

  private final Pool pool;
  private final SnapshotLoader loader;

  public BoardService(Pool pool, SnapshotLoader loader) {
    this.pool = pool;
    this.loader = loader;
  }

  public Uni<Board> board(
      FieldlinePrincipal p, UUID territory, LocalDate from, LocalDate to, int maxQueue) {
    DispatchAccess.check(p, territory);
    checkRange(from, to);
    int queue = Math.max(0, Math.min(200, maxQueue));
    return TenantTx.sql(pool, p.tenantId(), c -> loader.load(c, territory, from, to, queue))
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(BoardService::toBoard);
  }

  /** VALIDATION_FAILED unless {@code from <= to} and the range is at most {@link #MAX_DAYS}. */
  public static void checkRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiException.invalid("to", "The range ends before it starts");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw ApiException.invalid("to", "At most " + MAX_DAYS + " days at a time");
    }
  }

  static Board toBoard(Snapshot s) {
    Built built = PlanBuilder.build(s, Orders.ALL, null, List.of(), false);
    DispatchPlan plan = built.plan();
    Map<String, Visit> planned = new HashMap<>();
    plan.getVisits().forEach(v -> planned.put(v.getId(), v));
    Map<String, TechnicianShift> planShifts = new HashMap<>();
    plan.getTechnicianShifts().forEach(sh -> planShifts.put(sh.getId(), sh));
    Map<UUID, List<ShiftRow>> shiftsByTech = new HashMap<>();
    s.shifts()
        .forEach(
            r -> shiftsByTech.computeIfAbsent(r.technicianId(), k -> new ArrayList<>()).add(r));
    Map<UUID, List<VisitRow>> visitsByTech = new HashMap<>();
    s.visits()
        .forEach(v -> visitsByTech.computeIfAbsent(v.assigneeId(), k -> new ArrayList<>()).add(v));
    Map<UUID, List<AbsenceView>> absences = new HashMap<>();
    s.absences()
        .forEach(
            a ->
                absences
                    .computeIfAbsent(a.technicianId(), k -> new ArrayList<>())
                    .add(new AbsenceView(a.kind(), a.start().toString(), a.end().toString())));
    List<BoardTechnician> techs = new ArrayList<>();
    Set<UUID> shown = new HashSet<>();
    for (Tech t : s.technicians()) {
      List<VisitRow> own = visitsByTech.getOrDefault(t.id(), List.of());
      List<BoardShift> shifts = new ArrayList<>();
      for (ShiftRow row : shiftsByTech.getOrDefault(t.id(), List.of())) {
        TechnicianShift shift = planShifts.get(row.id().toString());
        long day = row.start().getEpochSecond() / 86_400;
        List<BoardVisit> visits = new ArrayList<>();
        for (VisitRow v : own) {
          if (v.start().getEpochSecond() / 86_400 == day) {
            visits.add(visit(v, planned.get(v.id().toString())));
            shown.add(v.id());
          }
        }
        shifts.add(
            new BoardShift(
                row.id().toString(),
                shift.getDay().toString(),
                row.start().toString(),
                row.end().toString(),
                Instant.ofEpochSecond(shift.getReturnTime()).toString(),
                shift.getWorkSeconds() / 60,
                visits));
      }
      List<BoardVisit> offShift = new ArrayList<>();
      for (VisitRow v : own) {
        if (!shown.contains(v.id())) {
          offShift.add(visit(v, null));
        }
      }
      techs.add(
          new BoardTechnician(
              t.id().toString(),
              t.name(),
              t.skills().entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> new SkillView(e.getKey(), e.getValue()))
                  .toList(),
              shifts,
              absences.getOrDefault(t.id(), List.of()),
              offShift));
    }
    List<QueueItem> queue = new ArrayList<>();
    for (OrderRow o : s.openOrders()) {
      Visit visit = planned.get(o.id().toString());
      UnassignedExplanation why = UnassignedVisits.explain(plan, visit);
      queue.add(
          new QueueItem(
              o.id().toString(),
              o.number(),
              o.title(),
              o.customerName(),
              o.priority(),
              o.slaDue().toString(),
              o.minutes(),
              why.reason().name(),
              why.candidateShiftIds()));
    }
    return new Board(
        s.territoryId().toString(),
        s.from().toString(),
        s.to().toString(),
        Kpis.of(KpiCalculator.of(plan)),
        techs,
        queue);
  }

  private static BoardVisit visit(VisitRow v, Visit planned) {
    boolean timed = planned != null && planned.isAssigned() && planned.getServiceStart() != null;
    return new BoardVisit(
        v.id().toString(),
        v.workOrderId().toString(),
        v.workOrderNumber(),
        v.customerName(),
        v.status(),
        v.start().toString(),
        timed ? Instant.ofEpochSecond(planned.getServiceStart()).toString() : null,
        v.end().toString(),
        v.windowStart().toString(),
        v.windowEnd().toString(),
        v.minutes(),
        timed ? Math.round(planned.getTravelFromPrevious() / 60.0) : null,
        timed && planned.getWindowLateness() > 0,
        v.version());
  }
}
