package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.solver.DispatchSolverConfig;
import io.fieldline.scheduling.solver.SolverSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves every Solomon instance of a folder one at a time with a time limit, after a JVM warm-up,
 * checks each reported solution with {@link SolomonChecker} and prints a table per instance and per
 * class. System properties: {@code bench.dir} (default {@code ../shared/data/solomon}), {@code
 * bench.seconds} (30), {@code bench.warmup} (10 seconds), {@code bench.seed} (0).
 */
public final class SolomonBenchmark {

  private static final long[] CHECKPOINTS_SECONDS = {10, 30, 60};

  private SolomonBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = BenchPaths.solomonDir(System.getProperty("bench.dir"));
    long seconds = Long.getLong("bench.seconds", 30);
    long warmup = Long.getLong("bench.warmup", 10);
    long seed = Long.getLong("bench.seed", 0);
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no Solomon .txt instances in " + dir.toAbsolutePath());
    }
    BksTable bks = BksTable.read(dir.resolve("bks.csv"));
    PrintStream out = System.out;
    out.printf(
        "Solomon benchmark: %d instances in %s, %d s each, seed %d%n",
        files.size(), dir, seconds, seed);
    if (warmup > 0) {
      out.printf("Warming up the JVM on %s for %d s%n", files.get(0).getFileName(), warmup);
      solve(SolomonReader.read(files.get(0)), warmup, seed);
    }
    List<BenchRow> rows = new ArrayList<>();
    for (Path file : files) {
      SolomonInstance instance = SolomonReader.read(file);
      BenchRow row =
          BenchRow.of(instance, solve(instance, seconds, seed), bks, seconds, CHECKPOINTS_SECONDS);
      rows.add(row);
      out.println(row.format());
    }
    BenchReport.print(out, rows, seconds, CHECKPOINTS_SECONDS);
  }

  /** Solves one instance for {@code seconds} and returns the trace of its best solutions. */
  static SolveResult solve(SolomonInstance instance, long seconds, long seed) {
    SolverSettings settings =
        SolverSettings.timeLimited(Duration.ofSeconds(seconds)).withSeed(seed);
    DefaultSolver<DispatchPlan> solver =
        (DefaultSolver<DispatchPlan>)
            SolverFactory.<DispatchPlan>create(DispatchSolverConfig.forRouting(settings))
                .buildSolver();
    SolveTrace trace = new SolveTrace();
    solver.addEventListener(trace::record);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    DispatchPlan best = solver.solve(SolomonPlans.toPlan(instance));
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
    return new SolveResult(
        SolomonPlans.routes(best),
        trace,
        cpuSeconds,
        solver.getSolverScope().getScoreCalculationCount());
  }

  /**
   * The final routes and the trace of one solve, with the CPU time the solver thread got within the
   * wall-clock limit (less than the limit when other processes load the machine) and the score
   * calculations it made.
   */
  record SolveResult(
      List<List<Integer>> routes, SolveTrace trace, double cpuSeconds, long scoreCalculations) {}
}
