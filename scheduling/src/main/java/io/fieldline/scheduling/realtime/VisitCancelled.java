package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Visit;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/** The customer cancelled: the visit leaves the problem, wherever it was planned. */
public record VisitCancelled(String visitId) implements DispatchChange {

  @Override
  public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
    Visit visit = WorkingRoutes.visit(plan, visitId);
    WorkingRoutes.removeVisit(director, plan, visit, shift -> {});
  }
}
