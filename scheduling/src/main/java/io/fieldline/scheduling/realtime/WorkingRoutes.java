package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Edits routes of the working plan inside a problem change, through the public {@link
 * ProblemChangeDirector} only.
 *
 * <p>OptaPlanner 10.2's {@code changeVariable} does not notify list-variable listeners (it looks
 * them up as basic-variable listeners and finds none), so a route is edited the way the director
 * does support: the shift leaves the problem ({@code removeEntity}, after which its visits have no
 * shift, neighbours or times), is edited, and comes back ({@code addEntity}, after which the
 * listeners rebuild its route). The score director's count of unplaced visits stays exact for
 * removed visits, so a plan without a cancelled or started visit is published at once. A visit
 * taken out of a route but kept in the problem is unplaced: the restarted solver's construction
 * heuristic re-inserts it, and {@link io.fieldline.scheduling.solver.DispatchEngine} publishes no
 * plan before it has.
 */
final class WorkingRoutes {

  private WorkingRoutes() {}

  /** The working shift with {@code shiftId}; fails when the plan has none. */
  static TechnicianShift shift(DispatchPlan plan, String shiftId) {
    return plan.findShift(shiftId)
        .orElseThrow(() -> new IllegalArgumentException("no shift " + shiftId + " in the plan"));
  }

  /** The working visit with {@code visitId}; fails when the plan has none. */
  static Visit visit(DispatchPlan plan, String visitId) {
    return plan.findVisit(visitId)
        .orElseThrow(() -> new IllegalArgumentException("no visit " + visitId + " in the plan"));
  }

  /**
   * Edits {@code shift} (start, end, breaks, its route) and re-times its whole route. Visits the
   * edit drops from the route stay in the problem, unplaced.
   */
  static void editShift(
      ProblemChangeDirector director,
      DispatchPlan plan,
      TechnicianShift shift,
      Consumer<TechnicianShift> edit) {
    int index = plan.getShifts().indexOf(shift);
    director.removeEntity(
        shift,
        removed -> {
          List<TechnicianShift> shifts = new ArrayList<>(plan.getShifts());
          shifts.remove(index);
          plan.setShifts(shifts);
        });
    // The route's visits lose shift, neighbours and times before the route changes under them.
    director.updateShadowVariables();
    edit.accept(shift);
    director.addEntity(
        shift,
        added -> {
          List<TechnicianShift> shifts = new ArrayList<>(plan.getShifts());
          shifts.add(index, added);
          plan.setShifts(shifts);
        });
    director.updateShadowVariables();
  }

  /**
   * Takes {@code visit} out of the problem altogether (done, under way or cancelled), editing its
   * former shift with {@code editShift} in the same step.
   */
  static void removeVisit(
      ProblemChangeDirector director,
      DispatchPlan plan,
      Visit visit,
      Consumer<TechnicianShift> editShift) {
    TechnicianShift shift = visit.getShift();
    if (shift != null) {
      editShift(
          director,
          plan,
          shift,
          edited -> {
            dropFromRoute(edited, List.of(visit));
            editShift.accept(edited);
          });
    }
    director.removeEntity(
        visit,
        removed -> {
          // Problem-fact collections are shared with earlier best solutions: copy, then change.
          List<Visit> visits = new ArrayList<>(plan.getVisits());
          visits.remove(removed);
          plan.setVisits(visits);
        });
  }

  /** Inside an {@link #editShift} edit: takes {@code visits} out of the route, keeping order. */
  static void dropFromRoute(TechnicianShift shift, Collection<Visit> visits) {
    List<Visit> route = new ArrayList<>(shift.getVisits());
    route.removeAll(visits);
    shift.setVisits(route);
  }
}
