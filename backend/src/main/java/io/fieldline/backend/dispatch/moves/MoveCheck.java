package io.fieldline.backend.dispatch.moves;

import io.fieldline.backend.dispatch.moves.MoveViews.MoveResult;
import io.fieldline.backend.dispatch.moves.MoveViews.Violation;
import io.fieldline.backend.dispatch.plan.Kpis;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Built;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Orders;
import io.fieldline.backend.dispatch.snapshot.Snapshot;
import io.fieldline.backend.dispatch.snapshot.Snapshot.AbsenceRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.OrderRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.ShiftRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Eligibility;
import io.fieldline.scheduling.domain.SkillLevel;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.explain.KpiCalculator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Evaluates a manual move on a snapshot of the days it touches: the plan as it stands and the plan
 * with the move (the visit in its new technician's route in start order, its arrival window moved
 * with its start as publishing does; or, for an unassign, its work order back in the queue), timed
 * by the scheduling library. Reports the rules the move breaks that were not already broken, and
 * the KPIs before and after.
 */
public final class MoveCheck {
  private MoveCheck() {}

  /** The visit as the move leaves it (window shifted with the start). */
  static VisitRow moved(VisitRow v, UUID to, Instant start) {
    long shift = start.getEpochSecond() - v.start().getEpochSecond();
    return new VisitRow(
        v.id(),
        v.workOrderId(),
        v.workOrderNumber(),
        to,
        v.status(),
        start,
        v.minutes(),
        v.windowStart().plusSeconds(shift),
        v.windowEnd().plusSeconds(shift),
        v.version(),
        v.customerName(),
        v.lat(),
        v.lon(),
        v.skills(),
        v.priority(),
        v.slaDue(),
        v.preferredTechnicianId());
  }

  /** Evaluates moving {@code v} to {@code to} at {@code start}; {@code to == null} unassigns. */
  public static MoveResult check(Snapshot s, VisitRow v, UUID to, Instant start) {
    Built before = PlanBuilder.build(s, Orders.NONE, null, List.of(), false);
    List<VisitRow> visits = new ArrayList<>(s.visits());
    visits.removeIf(r -> r.id().equals(v.id()));
    List<OrderRow> extra = new ArrayList<>();
    VisitRow after = null;
    if (to == null) {
      extra.add(
          new OrderRow(
              v.workOrderId(),
              v.workOrderNumber(),
              v.workOrderNumber(),
              v.customerName(),
              v.lat(),
              v.lon(),
              v.minutes(),
              v.priority(),
              v.slaDue(),
              v.preferredTechnicianId(),
              0,
              v.skills()));
    } else {
      after = moved(v, to, start);
      visits.add(after);
    }
    Snapshot changed =
        new Snapshot(
            s.territoryId(),
            s.from(),
            s.to(),
            s.technicians(),
            s.shifts(),
            s.absences(),
            visits,
            List.of());
    Built built = PlanBuilder.build(changed, Orders.NONE, null, extra, false);
    List<Violation> violations = after == null ? List.of() : violations(s, v, after, before, built);
    String kind = to == null ? "UNASSIGN" : to.equals(v.assigneeId()) ? "RESCHEDULE" : "MOVE";
    return new MoveResult(
        v.id().toString(),
        kind,
        v.assigneeId().toString(),
        to == null ? null : to.toString(),
        v.start().toString(),
        to == null ? null : start.toString(),
        violations,
        Kpis.of(KpiCalculator.of(before.plan())),
        Kpis.of(KpiCalculator.of(built.plan())),
        false,
        null);
  }

  private static List<Violation> violations(
      Snapshot s, VisitRow old, VisitRow v, Built before, Built after) {
    List<Violation> out = new ArrayList<>();
    String id = v.id().toString();
    DispatchPlan plan = after.plan();
    Visit visit = plan.findVisit(id).orElseThrow();
    ShiftRow shiftRow = shiftOf(s, v);
    TechnicianShift shift =
        shiftRow == null ? null : plan.findShift(shiftRow.id().toString()).orElse(null);
    if (shift != null) {
      List<SkillLevel> missing = Eligibility.missingSkills(shift.getTechnician(), visit);
      if (!missing.isEmpty()) {
        out.add(new Violation("SKILLS", id, "The technician lacks " + skills(missing)));
      }
    } else {
      s.technicians().stream()
          .filter(t -> t.id().equals(v.assigneeId()))
          .findFirst()
          .ifPresent(
              t -> {
                List<SkillLevel> missing =
                    v.skills().stream()
                        .filter(k -> t.skills().getOrDefault(k.skill(), 0) < k.level())
                        .toList();
                if (!missing.isEmpty()) {
                  out.add(new Violation("SKILLS", id, "The technician lacks " + skills(missing)));
                }
              });
    }
    if (v.start().isBefore(old.windowStart()) || v.start().isAfter(old.windowEnd())) {
      out.add(
          new Violation(
              "WINDOW",
              id,
              "Starts outside the promised arrival window "
                  + old.windowStart()
                  + " - "
                  + old.windowEnd()
                  + "; the customer's window moves with it"));
    }
    if (shiftRow == null) {
      out.add(new Violation("NO_SHIFT", id, "The technician has no shift that day"));
    } else if (v.start().isBefore(shiftRow.start()) || v.end().isAfter(shiftRow.end())) {
      out.add(
          new Violation(
              "OUTSIDE_SHIFT",
              id,
              "Outside the shift " + shiftRow.start() + " - " + shiftRow.end()));
    }
    for (AbsenceRow a : s.absences()) {
      if (a.technicianId().equals(v.assigneeId())
          && a.start().isBefore(v.end())
          && a.end().isAfter(v.start())) {
        out.add(new Violation("ABSENCE", id, "The technician is away (" + a.kind() + ")"));
      }
    }
    for (VisitRow other : s.visits()) {
      if (!other.id().equals(v.id())
          && other.assigneeId().equals(v.assigneeId())
          && other.start().isBefore(v.end())
          && other.end().isAfter(v.start())) {
        out.add(
            new Violation(
                "OVERLAP",
                other.id().toString(),
                "Overlaps " + other.workOrderNumber() + " (" + other.customerName() + ")"));
      }
    }
    if (shift != null) {
      Set<String> lateBefore = late(before.plan());
      for (Visit routed : shift.getVisits()) {
        if (routed.getWindowLateness() > 0 && !lateBefore.contains(routed.getId())) {
          out.add(
              new Violation(
                  "LATE",
                  routed.getId(),
                  "Cannot start in its window once travel is counted ("
                      + Duration.ofSeconds(routed.getWindowLateness()).toMinutes()
                      + " min late)"));
        }
      }
      TechnicianShift was = before.plan().findShift(shift.getId()).orElse(null);
      boolean overBefore = was != null && was.getReturnTime() > was.getHardEnd();
      if (!overBefore && shift.getReturnTime() > shift.getHardEnd()) {
        out.add(
            new Violation(
                "OVERTIME",
                id,
                "Back at "
                    + Instant.ofEpochSecond(shift.getReturnTime())
                    + ", after the shift's end and allowed overtime"));
      }
    }
    return out;
  }

  private static Set<String> late(DispatchPlan plan) {
    Set<String> out = new HashSet<>();
    for (Visit v : plan.getVisits()) {
      if (v.isAssigned() && v.getWindowLateness() > 0) {
        out.add(v.getId());
      }
    }
    return out;
  }

  private static ShiftRow shiftOf(Snapshot s, VisitRow v) {
    var day = v.start().atOffset(ZoneOffset.UTC).toLocalDate();
    for (ShiftRow r : s.shifts()) {
      if (r.technicianId().equals(v.assigneeId())
          && r.start().atOffset(ZoneOffset.UTC).toLocalDate().equals(day)) {
        return r;
      }
    }
    return null;
  }

  private static String skills(List<SkillLevel> missing) {
    return String.join(", ", missing.stream().map(k -> k.skill() + " level " + k.level()).toList());
  }
}
