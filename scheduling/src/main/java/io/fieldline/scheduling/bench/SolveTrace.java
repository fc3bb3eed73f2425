package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;

/** The sequence of new best solutions of one solve, as routes with the time they were found. */
final class SolveTrace {

  /** One new best solution: when, its score, its routes. */
  record Snapshot(long millis, HardMediumSoftLongScore score, List<List<Integer>> routes) {}

  private final List<Snapshot> snapshots = new ArrayList<>();

  synchronized void record(BestSolutionChangedEvent<DispatchPlan> event) {
    DispatchPlan plan = event.getNewBestSolution();
    if (plan.getScore() != null && plan.getScore().isSolutionInitialized()) {
      snapshots.add(
          new Snapshot(event.getTimeMillisSpent(), plan.getScore(), SolomonPlans.routes(plan)));
    }
  }

  /** The last snapshot found at or before {@code millis}, if any. */
  synchronized Snapshot bestAt(long millis) {
    Snapshot best = null;
    for (Snapshot snapshot : snapshots) {
      if (snapshot.millis() <= millis) {
        best = snapshot;
      }
    }
    return best;
  }

  /** When the first feasible solution (per the solver) appeared, or -1. */
  synchronized long firstFeasibleMillis() {
    for (Snapshot snapshot : snapshots) {
      if (snapshot.score().isFeasible()) {
        return snapshot.millis();
      }
    }
    return -1;
  }
}
