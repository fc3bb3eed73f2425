package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Visit;
import java.util.ArrayList;
import java.util.Objects;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/** A new visit to fit into the running plan, typically urgent priority with a short window. */
public record UrgentVisit(Visit visit) implements DispatchChange {

  public UrgentVisit {
    Objects.requireNonNull(visit, "visit");
    if (visit.getShift() != null) {
      throw new IllegalArgumentException("urgent visit " + visit.getId() + " is already placed");
    }
  }

  @Override
  public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
    if (plan.findVisit(visit.getId()).isPresent()) {
      throw new IllegalArgumentException("visit " + visit.getId() + " is already in the plan");
    }
    plan.prepare(visit);
    director.addEntity(
        visit,
        added -> {
          var visits = new ArrayList<>(plan.getVisits());
          visits.add(added);
          plan.setVisits(visits);
        });
  }
}
