package io.fieldline.scheduling.solver;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.RouteShadows;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/**
 * The backend's entry point: one per application, thread-safe. Solves plans synchronously or as
 * asynchronous jobs keyed by a problem id (a territory and horizon), and scores and explains plans.
 */
public final class DispatchEngine implements AutoCloseable {

  private final SolverFactory<DispatchPlan> solverFactory;
  private final SolverManager<DispatchPlan, String> solverManager;
  private final SolutionManager<DispatchPlan, HardMediumSoftLongScore> solutionManager;

  private DispatchEngine(SolverConfig config, int parallelSolvers) {
    this.solverFactory = SolverFactory.create(config);
    this.solverManager =
        SolverManager.create(
            solverFactory,
            new SolverManagerConfig().withParallelSolverCount(Integer.toString(parallelSolvers)));
    this.solutionManager = SolutionManager.create(solverFactory);
  }

  /** A field-service engine running at most {@code parallelSolvers} jobs at once. */
  public static DispatchEngine forDispatch(SolverSettings settings, int parallelSolvers) {
    return new DispatchEngine(DispatchSolverConfig.forDispatch(settings), parallelSolvers);
  }

  /** Solves on the calling thread and returns the best plan found. */
  public DispatchPlan solve(DispatchPlan problem) {
    RouteShadows.refresh(problem);
    return solverFactory.buildSolver().solve(problem);
  }

  /**
   * Starts an asynchronous job; {@code onBestPlan} receives each new complete best plan (a copy,
   * safe to keep) on a solver thread; {@code onFailure} receives what stopped the job (for example
   * a problem change that threw). Add real-time changes with {@link #solverManager()}.
   *
   * <p>A problem change that adds or unplaces visits makes OptaPlanner publish the changed plan
   * before its construction heuristic re-inserts them; such an incomplete plan ({@link
   * DispatchPlan#isComplete()}) is not passed on, the plan with the visits re-inserted follows.
   */
  public SolverJob<DispatchPlan, String> solveAsync(
      String problemId,
      DispatchPlan problem,
      Consumer<DispatchPlan> onBestPlan,
      BiConsumer<String, Throwable> onFailure) {
    RouteShadows.refresh(problem);
    Consumer<DispatchPlan> completeOnly =
        plan -> {
          if (plan.isComplete()) {
            onBestPlan.accept(plan);
          }
        };
    return solverManager.solveAndListen(problemId, id -> problem, completeOnly, onFailure);
  }

  /** Recomputes the shadow variables and score of {@code plan} in place; returns the score. */
  public HardMediumSoftLongScore score(DispatchPlan plan) {
    RouteShadows.refresh(plan);
    return solutionManager.update(plan);
  }

  /** Constraint totals, justifications and indictments of {@code plan} (updated in place). */
  public ScoreExplanation<DispatchPlan, HardMediumSoftLongScore> explain(DispatchPlan plan) {
    RouteShadows.refresh(plan);
    return solutionManager.explain(plan);
  }

  /** The underlying manager, for problem changes and early termination of jobs. */
  public SolverManager<DispatchPlan, String> solverManager() {
    return solverManager;
  }

  @Override
  public void close() {
    solverManager.close();
  }
}
