package io.fieldline.scheduling.solver;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Distance-only vehicle routing with time windows (the Solomon benchmark): the dispatch provider's
 * time-window, shift-end and capacity rules plus travel, where the instance's travel time equals
 * its distance. It defines no constraint of its own, so the dispatch tests cover it.
 */
public class RoutingConstraintProvider implements ConstraintProvider {

  private final DispatchConstraintProvider rules = new DispatchConstraintProvider();

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      rules.timeWindow(factory),
      rules.shiftEnd(factory),
      rules.capacity(factory),
      rules.travelTime(factory)
    };
  }
}
