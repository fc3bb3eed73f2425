package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.TechnicianShift;
import java.util.Objects;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * The visit under way on a shift finished early, at {@code finishedAt} and {@code at}: the
 * technician is free from there and then, and the solver may pull work forward.
 */
public record VisitDoneEarly(String shiftId, Location at, long finishedAt)
    implements DispatchChange {

  public VisitDoneEarly {
    Objects.requireNonNull(at, "at");
  }

  @Override
  public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
    TechnicianShift shift = WorkingRoutes.shift(plan, shiftId);
    WorkingRoutes.editShift(
        director,
        plan,
        shift,
        edited -> {
          edited.setStartLocation(at);
          edited.setStart(finishedAt);
        });
  }
}
