package io.fieldline.backend.dispatch.plan;

import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Built;
import io.fieldline.backend.dispatch.snapshot.Snapshot.OrderRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.explain.AssignmentBreakdown;
import io.fieldline.scheduling.explain.KpiCalculator;
import io.fieldline.scheduling.explain.PlanExplanation;
import io.fieldline.scheduling.explain.UnassignedExplanation;
import io.fieldline.scheduling.realtime.ChangeReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes from the current plan (a {@link Built} base) to a solved plan. A planned visit
 * changes when it goes to another technician, its start leaves its arrival window, or it is left
 * unassigned; a start moved within the window is the technician arriving earlier or later than
 * planned and changes nothing the customer was told. An open work order placed in a route becomes a
 * new visit.
 */
public final class PlanDiff {
  private static final int MAX_UNASSIGNED = 100;

  private PlanDiff() {}

  /**
   * @param cancelled visits a real-time change removed (each becomes a CANCEL change)
   */
  public static Proposal between(
      Built base,
      String scoreBefore,
      DispatchPlan solved,
      PlanExplanation why,
      Set<String> cancelled) {
    Map<String, AssignmentBreakdown> breakdowns = new HashMap<>();
    why.assignments().forEach(b -> breakdowns.put(b.visitId(), b));
    Map<String, String> names = new HashMap<>();
    base.snapshot().technicians().forEach(t -> names.put(t.id().toString(), t.name()));
    List<PlanChange> changes = new ArrayList<>();
    for (Visit visit : solved.getVisits()) {
      VisitRow row = base.visitRows().get(visit.getId());
      OrderRow order = base.orderRows().get(visit.getId());
      if (row != null) {
        PlanChange change = visitChange(row, visit, names, breakdowns.get(visit.getId()));
        if (change != null) {
          changes.add(change);
        }
      } else if (order != null && visit.isAssigned()) {
        changes.add(assign(order, visit, names, breakdowns.get(visit.getId())));
      }
    }
    for (String id : cancelled) {
      VisitRow row = base.visitRows().get(id);
      if (row != null) {
        changes.add(
            change(
                PlanChange.CANCEL, row, null, null, List.of("The customer cancelled the visit")));
      }
    }
    List<Proposal.Unassigned> unassigned = new ArrayList<>();
    for (UnassignedExplanation u : why.unassigned()) {
      if (unassigned.size() >= MAX_UNASSIGNED) {
        break;
      }
      unassigned.add(
          new Proposal.Unassigned(
              u.visitId(), number(base, u.visitId()), u.reason().name(), u.candidateShiftIds()));
    }
    ChangeReport report = ChangeReport.between(base.plan(), solved);
    return new Proposal(
        scoreBefore,
        why.score().toString(),
        Kpis.of(KpiCalculator.of(base.plan())),
        Kpis.of(why.kpis()),
        report.moved().size(),
        changes,
        unassigned);
  }

  private static String number(Built base, String id) {
    VisitRow row = base.visitRows().get(id);
    if (row != null) {
      return row.workOrderNumber();
    }
    OrderRow order = base.orderRows().get(id);
    return order == null ? null : order.number();
  }

  private static PlanChange visitChange(
      VisitRow row, Visit visit, Map<String, String> names, AssignmentBreakdown why) {
    if (!visit.isAssigned()) {
      return change(
          PlanChange.UNASSIGN,
          row,
          null,
          null,
          List.of("No technician can take it in this plan: back to the unassigned queue"));
    }
    String tech = visit.getShift().getTechnician().id();
    Instant start = Instant.ofEpochSecond(visit.getServiceStart());
    boolean otherTech = !tech.equals(row.assigneeId().toString());
    boolean outside = start.isBefore(row.windowStart()) || start.isAfter(row.windowEnd());
    if (!otherTech && !outside) {
      return null;
    }
    List<String> explanations = new ArrayList<>();
    explanations.add(
        "Was "
            + names.getOrDefault(row.assigneeId().toString(), "?")
            + " at "
            + row.start()
            + ", now "
            + names.getOrDefault(tech, "?")
            + " at "
            + start);
    explanations.addAll(constraints(why));
    return change(PlanChange.MOVE, row, tech, start, explanations);
  }

  private static PlanChange change(
      String kind, VisitRow row, String toTech, Instant start, List<String> explanations) {
    return new PlanChange(
        row.id().toString(),
        kind,
        row.id().toString(),
        row.workOrderId().toString(),
        row.workOrderNumber(),
        row.customerName(),
        row.assigneeId().toString(),
        toTech,
        row.start().toString(),
        start == null ? null : start.toString(),
        row.minutes(),
        row.version(),
        explanations);
  }

  private static PlanChange assign(
      OrderRow order, Visit visit, Map<String, String> names, AssignmentBreakdown why) {
    String tech = visit.getShift().getTechnician().id();
    Instant start = Instant.ofEpochSecond(visit.getServiceStart());
    List<String> explanations = new ArrayList<>();
    explanations.add(
        "From the unassigned queue ("
            + order.priority()
            + ", SLA due "
            + order.slaDue()
            + ") to "
            + names.getOrDefault(tech, "?")
            + " at "
            + start);
    explanations.addAll(constraints(why));
    return new PlanChange(
        order.id().toString(),
        PlanChange.ASSIGN,
        null,
        order.id().toString(),
        order.number(),
        order.customerName(),
        null,
        tech,
        null,
        start.toString(),
        Math.min(order.minutes(), 1440),
        order.version(),
        explanations);
  }

  /** The visit's non-zero constraint impacts, e.g. "Travel time: 0hard/0medium/-1260soft". */
  private static List<String> constraints(AssignmentBreakdown why) {
    if (why == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    why.byConstraint().entrySet().stream()
        .filter(e -> !e.getValue().isZero())
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add(e.getKey() + ": " + e.getValue()));
    return out;
  }
}
