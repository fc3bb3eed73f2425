package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * A technician started a planned visit at {@code startedAt}: freeze the past. The visit leaves the
 * problem and the technician's shift continues from its location once its service is done.
 */
public record VisitStarted(String visitId, long startedAt) implements DispatchChange {

  @Override
  public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
    Visit visit = WorkingRoutes.visit(plan, visitId);
    TechnicianShift shift = visit.getShift();
    if (shift == null || shift.isUnassignedBucket()) {
      throw new IllegalStateException("visit " + visitId + " started but is not in a route");
    }
    WorkingRoutes.removeVisit(
        director,
        plan,
        visit,
        edited -> {
          edited.setStartLocation(visit.getLocation());
          edited.setStart(startedAt + visit.getServiceSeconds());
        });
  }
}
