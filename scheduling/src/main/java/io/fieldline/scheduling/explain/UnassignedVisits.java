package io.fieldline.scheduling.explain;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Eligibility;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Explains each unassigned visit by narrowing the shifts step by step: skills, territory, reach
 * within a window on an empty day, remaining capacity, then insertion into the current routes.
 */
public final class UnassignedVisits {

  private UnassignedVisits() {}

  /** One explanation per visit in an unassigned bucket (or not placed at all). */
  public static List<UnassignedExplanation> explain(DispatchPlan plan) {
    List<UnassignedExplanation> explanations = new ArrayList<>();
    for (Visit visit : plan.getVisits()) {
      if (!visit.isAssigned()) {
        explanations.add(explain(plan, visit));
      }
    }
    return explanations;
  }

  /** The reason {@code visit} cannot (or was not) placed in any technician's route. */
  public static UnassignedExplanation explain(DispatchPlan plan, Visit visit) {
    TravelTimes travel = plan.getTravelTimes();
    List<TechnicianShift> candidates = plan.getTechnicianShifts();
    candidates = keep(candidates, s -> Eligibility.hasSkills(s.getTechnician(), visit));
    if (candidates.isEmpty()) {
      return result(visit, UnassignedReason.NO_TECHNICIAN_WITH_SKILLS, candidates);
    }
    List<TechnicianShift> skilled = candidates;
    candidates = keep(candidates, s -> s.getTechnician().covers(visit.getTerritory()));
    if (candidates.isEmpty()) {
      return result(visit, UnassignedReason.OUTSIDE_TERRITORY, skilled);
    }
    List<TechnicianShift> eligible = candidates;
    candidates = keep(candidates, s -> InsertionCheck.fitsEmptyDay(s, visit, travel));
    if (candidates.isEmpty()) {
      return result(visit, UnassignedReason.WINDOW_UNREACHABLE, eligible);
    }
    List<TechnicianShift> reachable = candidates;
    candidates = keep(candidates, s -> s.getTotalDemand() + visit.getDemand() <= s.getCapacity());
    if (candidates.isEmpty()) {
      return result(visit, UnassignedReason.NO_SHIFT_CAPACITY, reachable);
    }
    List<TechnicianShift> withRoom = candidates;
    candidates = keep(candidates, s -> InsertionCheck.fitsSomewhere(s, visit, travel));
    if (candidates.isEmpty()) {
      return result(visit, UnassignedReason.SHIFTS_FULL, withRoom);
    }
    return result(visit, UnassignedReason.FEASIBLE_INSERTION_EXISTS, candidates);
  }

  private static List<TechnicianShift> keep(
      List<TechnicianShift> shifts, Predicate<TechnicianShift> test) {
    return shifts.stream().filter(test).toList();
  }

  private static UnassignedExplanation result(
      Visit visit, UnassignedReason reason, List<TechnicianShift> candidates) {
    return new UnassignedExplanation(
        visit.getId(), reason, candidates.stream().map(TechnicianShift::getId).toList());
  }
}
