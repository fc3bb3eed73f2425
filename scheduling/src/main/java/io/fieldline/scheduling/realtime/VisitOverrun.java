package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * The visit under way on a shift will finish later than planned, at {@code expectedFinish}. Work
 * under way is not part of the problem, so the technician simply becomes free later; the rest of
 * the route shifts and the solver rebalances what no longer fits.
 */
public record VisitOverrun(String shiftId, long expectedFinish) implements DispatchChange {

  @Override
  public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
    TechnicianShift shift = WorkingRoutes.shift(plan, shiftId);
    if (expectedFinish <= shift.getStart()) {
      return;
    }
    WorkingRoutes.editShift(director, plan, shift, edited -> edited.setStart(expectedFinish));
  }
}
