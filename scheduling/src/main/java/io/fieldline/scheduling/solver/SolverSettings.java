package io.fieldline.scheduling.solver;

import java.time.Duration;

/**
 * How long and how reproducibly to solve.
 *
 * @param spentLimit stop after this long (null: no limit)
 * @param unimprovedLimit stop when the best score has not improved for this long (null: none)
 * @param stepLimit stop local search after this many steps (null: none); for tests
 * @param randomSeed fixed seed with reproducible mode (null: OptaPlanner's default seed)
 * @param daemon keep running after terminating, waiting for problem changes (continuous planning)
 */
public record SolverSettings(
    Duration spentLimit,
    Duration unimprovedLimit,
    Integer stepLimit,
    Long randomSeed,
    boolean daemon) {

  /** Solve for {@code limit}, then stop. */
  public static SolverSettings timeLimited(Duration limit) {
    return new SolverSettings(limit, null, null, null, false);
  }

  /** Solve until {@code unimproved} passes without a better score, for at most {@code limit}. */
  public static SolverSettings untilUnimproved(Duration unimproved, Duration limit) {
    return new SolverSettings(limit, unimproved, null, null, false);
  }

  /** A copy limited to {@code steps} local-search steps. */
  public SolverSettings withStepLimit(int steps) {
    return new SolverSettings(spentLimit, unimprovedLimit, steps, randomSeed, daemon);
  }

  /** A reproducible copy seeded with {@code seed}. */
  public SolverSettings withSeed(long seed) {
    return new SolverSettings(spentLimit, unimprovedLimit, stepLimit, seed, daemon);
  }

  /** A copy that keeps waiting for problem changes after it terminates. */
  public SolverSettings asDaemon() {
    return new SolverSettings(spentLimit, unimprovedLimit, stepLimit, randomSeed, true);
  }
}
