package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Edits routes of the working plan inside a problem change. OptaPlanner 10.2's {@code
 * ProblemChangeDirector.changeVariable} does not support list variables (it notifies them as basic
 * variables), so route edits go through the list notifications of the public {@link ScoreDirector}
 * API, the same protocol the solver's own list moves use. The score director is read from the 10.2
 * problem-change director; a version without that field fails loudly here.
 */
final class WorkingRoutes {

  private static final String VISITS = "visits";

  private WorkingRoutes() {}

  /** The working shift with {@code shiftId}; fails when the plan has none. */
  static TechnicianShift shift(DispatchPlan plan, String shiftId) {
    return plan.findShift(shiftId)
        .orElseThrow(() -> new IllegalArgumentException("no shift " + shiftId + " in the plan"));
  }

  /** Changes a property of {@code shift} (start, end, breaks) and re-times its whole route. */
  static void changeShift(
      ProblemChangeDirector director, TechnicianShift shift, Consumer<TechnicianShift> edit) {
    director.changeProblemProperty(shift, edit);
    ScoreDirector<DispatchPlan> scoreDirector = scoreDirector(director);
    int size = shift.getVisits().size();
    scoreDirector.beforeListVariableChanged(shift, VISITS, 0, size);
    scoreDirector.afterListVariableChanged(shift, VISITS, 0, size);
  }

  /** Takes {@code visit} out of its route; it stays in the problem, so the solver re-inserts it. */
  static void unplace(ProblemChangeDirector director, Visit visit) {
    TechnicianShift shift = visit.getShift();
    if (shift == null) {
      return;
    }
    ScoreDirector<DispatchPlan> scoreDirector = scoreDirector(director);
    int index = shift.getVisits().indexOf(visit);
    scoreDirector.beforeListVariableChanged(shift, VISITS, index, index + 1);
    scoreDirector.beforeListVariableElementUnassigned(shift, VISITS, visit);
    shift.getVisits().remove(index);
    scoreDirector.afterListVariableElementUnassigned(shift, VISITS, visit);
    scoreDirector.afterListVariableChanged(shift, VISITS, index, index);
    scoreDirector.triggerVariableListeners();
  }

  /** Takes {@code visit} out of the problem altogether (done, under way or cancelled). */
  static void removeVisit(ProblemChangeDirector director, DispatchPlan plan, Visit visit) {
    unplace(director, visit);
    scoreDirector(director).triggerVariableListeners();
    director.removeEntity(
        visit,
        removed -> {
          // Problem-fact collections are shared with earlier best solutions: copy, then change.
          var visits = new ArrayList<>(plan.getVisits());
          visits.remove(removed);
          plan.setVisits(visits);
        });
  }

  @SuppressWarnings("unchecked")
  private static ScoreDirector<DispatchPlan> scoreDirector(ProblemChangeDirector director) {
    try {
      Field field = director.getClass().getDeclaredField("scoreDirector");
      field.setAccessible(true);
      return (ScoreDirector<DispatchPlan>) field.get(director);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "this OptaPlanner version's problem-change director has no score director field", e);
    }
  }
}
