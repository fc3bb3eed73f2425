package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.solver.DispatchSolverConfig;
import io.fieldline.scheduling.solver.SolverSettings;
import java.time.Duration;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/** Solves a plan and reads OptaPlanner's score calculation count, for the moves/s figure. */
final class SpeedProbe {

  /** The solved plan and its score calculations per second over the whole solve. */
  record Result(DispatchPlan plan, double scoreCalculationsPerSecond) {}

  private SpeedProbe() {}

  static Result solve(DispatchPlan problem, Duration limit, long seed) {
    DefaultSolver<DispatchPlan> solver =
        (DefaultSolver<DispatchPlan>)
            SolverFactory.<DispatchPlan>create(
                    DispatchSolverConfig.forDispatch(
                        SolverSettings.timeLimited(limit).withSeed(seed)))
                .buildSolver();
    DispatchPlan best = solver.solve(problem);
    long millis = Math.max(1, solver.getTimeMillisSpent());
    return new Result(best, solver.getSolverScope().getScoreCalculationCount() * 1000.0 / millis);
  }
}
