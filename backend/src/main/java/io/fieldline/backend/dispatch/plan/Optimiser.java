package io.fieldline.backend.dispatch.plan;

import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Built;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.explain.KpiCalculator;
import io.fieldline.scheduling.explain.PlanExplainer;
import io.fieldline.scheduling.explain.PlanExplanation;
import io.fieldline.scheduling.realtime.DispatchChange;
import io.fieldline.scheduling.realtime.RealtimeDispatcher;
import io.fieldline.scheduling.solver.DispatchEngine;
import io.fieldline.scheduling.solver.SolverSettings;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the scheduling library on a built plan, blocking the calling (worker) thread: a full
 * optimisation with progress, or one real-time change on a daemon job. Each run has its own engine
 * (the time limit is part of the solver configuration) and closes it.
 */
public final class Optimiser {
  private Optimiser() {}

  /**
   * Optimises {@code problem} for at most {@code limit} (or until {@code unimproved} passes without
   * a better score) and answers the proposal against {@code base}, an unsolved copy.
   */
  public static Proposal optimise(
      Built base, Built problem, Duration limit, Duration unimproved, Consumer<Progress> progress)
      throws InterruptedException, ExecutionException {
    long started = System.nanoTime();
    AtomicInteger improvements = new AtomicInteger();
    try (DispatchEngine engine =
        DispatchEngine.forDispatch(SolverSettings.untilUnimproved(unimproved, limit), 1)) {
      String before = engine.score(base.plan()).toString();
      var job =
          engine.solveAsync(
              "optimise",
              problem.plan(),
              best ->
                  progress.accept(
                      new Progress(
                          String.valueOf(best.getScore()),
                          Kpis.of(KpiCalculator.of(best)),
                          (System.nanoTime() - started) / 1_000_000,
                          improvements.incrementAndGet())),
              (id, error) -> {});
      DispatchPlan solved = job.getFinalBestSolution();
      PlanExplanation why = new PlanExplainer(engine).explain(solved);
      return PlanDiff.between(base, before, solved, why, Set.of());
    }
  }

  /**
   * Applies {@code change} to the current plan ({@code problem}, already complete) with minimal
   * disruption and answers the proposal against {@code base}.
   */
  public static Proposal realtime(
      Built base, Built problem, DispatchChange change, Set<String> cancelled, Duration limit)
      throws InterruptedException, ExecutionException, TimeoutException {
    SolverSettings settings =
        SolverSettings.untilUnimproved(
                Duration.ofMillis(Math.min(1000, limit.toMillis() / 2)), limit)
            .asDaemon();
    try (DispatchEngine engine = DispatchEngine.forDispatch(settings, 1)) {
      String before = engine.score(base.plan()).toString();
      RealtimeDispatcher live = RealtimeDispatcher.start(engine, "realtime", problem.plan());
      try {
        live.apply(change).get(limit.toMillis() * 4 + 10_000, TimeUnit.MILLISECONDS);
        DispatchPlan after = live.best();
        PlanExplanation why = new PlanExplainer(engine).explain(after);
        return PlanDiff.between(base, before, after, why, cancelled);
      } finally {
        live.close();
      }
    }
  }
}
