package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.solver.DispatchSolverConfig;
import io.fieldline.scheduling.solver.SolverSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/** Solves a plan and reads OptaPlanner's score calculation count, for the moves/s figure. */
final class SpeedProbe {

  /**
   * The solved plan, its score calculations per wall-clock second over the whole solve, and per CPU
   * second of the solver thread (the figure that does not depend on the machine's load).
   */
  record Result(
      DispatchPlan plan,
      double scoreCalculationsPerSecond,
      double scoreCalculationsPerCpuSecond,
      double cpuSeconds) {}

  private SpeedProbe() {}

  static Result solve(DispatchPlan problem, Duration limit, long seed) {
    DefaultSolver<DispatchPlan> solver =
        (DefaultSolver<DispatchPlan>)
            SolverFactory.<DispatchPlan>create(
                    DispatchSolverConfig.forDispatch(
                        SolverSettings.timeLimited(limit).withSeed(seed)))
                .buildSolver();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    DispatchPlan best = solver.solve(problem);
    double cpuSeconds = Math.max(1e-3, (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9);
    long millis = Math.max(1, solver.getTimeMillisSpent());
    long calculations = solver.getSolverScope().getScoreCalculationCount();
    return new Result(best, calculations * 1000.0 / millis, calculations / cpuSeconds, cpuSeconds);
  }
}
