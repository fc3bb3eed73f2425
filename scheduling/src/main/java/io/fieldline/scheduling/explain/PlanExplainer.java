package io.fieldline.scheduling.explain;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.solver.DispatchEngine;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Explains a plan: score explanation, KPIs and the reason for every unassigned visit. */
public final class PlanExplainer {

  private final DispatchEngine engine;

  public PlanExplainer(DispatchEngine engine) {
    this.engine = engine;
  }

  /** Explains {@code plan}; its shadow variables and score are refreshed in place first. */
  public PlanExplanation explain(DispatchPlan plan) {
    ScoreExplanation<DispatchPlan, HardMediumSoftLongScore> explanation = engine.explain(plan);
    return new PlanExplanation(
        explanation.getScore(),
        Breakdowns.totals(explanation),
        KpiCalculator.of(plan),
        Breakdowns.perVisit(plan, explanation),
        UnassignedVisits.explain(plan));
  }
}
