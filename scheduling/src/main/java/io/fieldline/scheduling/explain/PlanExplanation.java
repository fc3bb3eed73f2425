package io.fieldline.scheduling.explain;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Everything a dispatcher reviews before publishing: score, totals, KPIs, per-visit reasons. */
public record PlanExplanation(
    HardMediumSoftLongScore score,
    List<ConstraintTotal> constraintTotals,
    PlanKpis kpis,
    List<AssignmentBreakdown> assignments,
    List<UnassignedExplanation> unassigned) {

  public PlanExplanation {
    constraintTotals = List.copyOf(constraintTotals);
    assignments = List.copyOf(assignments);
    unassigned = List.copyOf(unassigned);
  }
}
