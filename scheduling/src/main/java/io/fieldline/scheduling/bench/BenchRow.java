package io.fieldline.scheduling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One instance's line of the Solomon table, every distance from the independent checker.
 *
 * @param gapPercent gap to the DIMACS BKS, NaN without one
 * @param bestAt checked best distance at each checkpoint within the limit (NaN when infeasible)
 * @param cpuSeconds CPU time the solver thread got (the limit is wall-clock)
 * @param scoreCalculations moves evaluated by the solver
 */
record BenchRow(
    String instance,
    String instanceClass,
    SolomonChecker.Result result,
    double bks,
    double gapPercent,
    double firstFeasibleSeconds,
    List<Double> bestAt,
    double cpuSeconds,
    long scoreCalculations) {

  static BenchRow of(
      SolomonInstance instance,
      SolomonBenchmark.SolveResult solve,
      BksTable bks,
      long limitSeconds,
      long[] checkpoints) {
    SolomonChecker.Result result = SolomonChecker.check(instance, solve.routes());
    double known = bks.find(instance.name()).map(BksTable.Bks::distance).orElse(Double.NaN);
    double gap = (result.distance() - known) / known * 100.0;
    List<Double> bestAt = new ArrayList<>();
    for (long checkpoint : checkpoints) {
      if (checkpoint <= limitSeconds) {
        SolveTrace.Snapshot snapshot = solve.trace().bestAt(checkpoint * 1000);
        SolomonChecker.Result checked =
            snapshot == null ? null : SolomonChecker.check(instance, snapshot.routes());
        bestAt.add(checked != null && checked.feasible() ? checked.distance() : Double.NaN);
      }
    }
    long firstFeasible = solve.trace().firstFeasibleMillis();
    return new BenchRow(
        instance.name(),
        instance.instanceClass(),
        result,
        known,
        gap,
        firstFeasible < 0 ? Double.NaN : firstFeasible / 1000.0,
        bestAt,
        solve.cpuSeconds(),
        solve.scoreCalculations());
  }

  String format() {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-6s %-4s %3d %9.1f %9.1f %7.2f%% %-8s %7.1f",
                instance,
                instanceClass,
                result.routes(),
                result.distance(),
                bks,
                gapPercent,
                result.feasible() ? "yes" : "NO",
                firstFeasibleSeconds));
    for (double best : bestAt) {
      line.append(String.format(Locale.ROOT, " %9.1f", best));
    }
    line.append(String.format(Locale.ROOT, " %6.1f %8.0f", cpuSeconds, scoreCalculations / 1000.0));
    if (!result.feasible()) {
      line.append("  ")
          .append(result.violations().subList(0, Math.min(3, result.violations().size())));
    }
    return line.toString();
  }
}
