package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.explain.UnassignedVisits;
import io.fieldline.scheduling.realtime.ChangeReport;
import io.fieldline.scheduling.realtime.Publication;
import io.fieldline.scheduling.realtime.RealtimeDispatcher;
import io.fieldline.scheduling.realtime.TechnicianUnavailable;
import io.fieldline.scheduling.realtime.UrgentVisit;
import io.fieldline.scheduling.solver.DispatchEngine;
import io.fieldline.scheduling.solver.SolverSettings;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The real-time benchmark on a generated day (50 technicians, 500 visits): solve and publish, then
 * {@code bench.runs} urgent visits one after another on the running plan, measuring the time until
 * a feasible best plan includes each and the share of published visits it moved; then a technician
 * drops out mid-day. System properties: {@code bench.solveSeconds} (60), {@code bench.runs} (20),
 * {@code bench.seed} (7).
 */
public final class RealtimeBenchmark {

  private static final long PROMISE_TOLERANCE_SECONDS = 3600;

  private RealtimeBenchmark() {}

  public static void main(String[] args) throws Exception {
    long solveSeconds = Long.getLong("bench.solveSeconds", 60);
    int runs = Integer.getInteger("bench.runs", 20);
    long seed = Long.getLong("bench.seed", 7);
    PrintStream out = System.out;
    DispatchPlan day = FieldDayGenerator.generate(50, 500, seed);
    SpeedProbe.Result speed = SpeedProbe.solve(day, Duration.ofSeconds(solveSeconds), seed);
    DispatchPlan solved = speed.plan();
    out.printf(
        Locale.ROOT,
        "Initial solve: %d s, score %s, %.0f score calculations/s (moves evaluated per second),"
            + " %.0f per CPU second (%.1f CPU s; load average %s)%n",
        solveSeconds,
        solved.getScore(),
        speed.scoreCalculationsPerSecond(),
        speed.scoreCalculationsPerCpuSecond(),
        speed.cpuSeconds(),
        loadAverage());
    int published = Publication.publish(solved, PROMISE_TOLERANCE_SECONDS);
    out.printf(
        "Published %d of %d visits (promise +/- %d min)%n",
        published, solved.getVisits().size(), PROMISE_TOLERANCE_SECONDS / 60);
    SolverSettings realtime =
        SolverSettings.untilUnimproved(Duration.ofSeconds(2), Duration.ofSeconds(30))
            .withSeed(seed)
            .asDaemon();
    try (DispatchEngine engine = DispatchEngine.forDispatch(realtime, 1);
        RealtimeDispatcher dispatcher = RealtimeDispatcher.start(engine, "day", solved)) {
      List<Double> latencies = new ArrayList<>();
      List<Double> shares = new ArrayList<>();
      Random random = new Random(seed);
      for (int run = 0; run < runs; run++) {
        Visit urgent = urgentVisit(run, random);
        long started = System.nanoTime();
        var assigned =
            dispatcher.awaitBest(
                plan -> plan.getScore().isFeasible() && isAssigned(plan, urgent.getId()));
        ChangeReport report = dispatcher.apply(new UrgentVisit(urgent)).get(60, TimeUnit.SECONDS);
        assigned.get(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        latencies.add(seconds);
        shares.add(report.disruptionShare());
        out.printf(
            Locale.ROOT,
            "urgent %2d: feasible with it after %.3f s, moved %d of %d published (%.1f%%)%n",
            run + 1,
            seconds,
            report.moved().size(),
            report.publishedVisits(),
            100 * report.disruptionShare());
        Thread.sleep(300);
      }
      out.printf(
          Locale.ROOT,
          "Urgent insert: median %.3f s, max %.3f s; disruption median %.2f%%, max %.2f%%%n",
          median(latencies),
          max(latencies),
          100 * median(shares),
          100 * max(shares));
      // The reports above compare with the plan just before each change; local search goes on
      // after each. The share that counts is every promise against the plan once it settles.
      Thread.sleep(2500);
      ChangeReport overall = ChangeReport.between(solved, dispatcher.best());
      out.printf(
          Locale.ROOT,
          "After %d urgent visits and settling: %d of %d published visits moved (%.2f%%)%n",
          runs,
          overall.moved().size(),
          overall.publishedVisits(),
          100 * overall.disruptionShare());
      dropOut(out, dispatcher);
    }
  }

  private static void dropOut(PrintStream out, RealtimeDispatcher dispatcher) throws Exception {
    DispatchPlan before = dispatcher.best();
    TechnicianShift busiest =
        before.getTechnicianShifts().stream()
            .max((a, b) -> Integer.compare(a.getVisits().size(), b.getVisits().size()))
            .orElseThrow();
    long noon = FieldDayGenerator.at(12, 0);
    List<String> displaced =
        busiest.getVisits().stream()
            .filter(v -> !v.isPinned() && v.getServiceEnd() > noon)
            .map(Visit::getId)
            .toList();
    ChangeReport report =
        dispatcher
            .apply(new TechnicianUnavailable(busiest.getId(), noon))
            .get(60, TimeUnit.SECONDS);
    Thread.sleep(2500);
    DispatchPlan after = dispatcher.best();
    int reassigned = 0;
    int explained = 0;
    int doneByNoon = 0;
    int pastNoon = 0;
    for (String id : displaced) {
      Visit visit = after.findVisit(id).orElseThrow();
      if (visit.isAssigned() && !visit.getShift().getId().equals(busiest.getId())) {
        reassigned++;
      } else if (!visit.isAssigned()) {
        UnassignedVisits.explain(after, visit);
        explained++;
      } else if (visit.getServiceEnd() <= noon) {
        // Re-planned earlier on the same shift, finished before the technician leaves.
        doneByNoon++;
      } else {
        pastNoon++;
      }
    }
    out.printf(
        "Drop-out of %s at 12:00: %d visits displaced, %d re-assigned, %d unassigned with a"
            + " reason, %d kept on the shift but done by 12:00, %d on the shift past 12:00;"
            + " %d published moved; plan %s%n",
        busiest.getId(),
        displaced.size(),
        reassigned,
        explained,
        doneByNoon,
        pastNoon,
        report.moved().size(),
        after.getScore());
  }

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
  }

  private static Visit urgentVisit(int run, Random random) {
    long now = FieldDayGenerator.at(9, 0) + run * 600L;
    return Visit.builder(
            "urgent-" + run,
            new io.fieldline.scheduling.domain.Location(
                "urgent-" + run,
                48.85 + (random.nextDouble() - 0.5) * 0.1,
                2.35 + (random.nextDouble() - 0.5) * 0.15))
        .serviceSeconds(45 * 60)
        .window(now + 1800, now + 4 * 3600)
        .requires("electrical", 1)
        .priority(Priority.URGENT)
        .build();
  }

  private static boolean isAssigned(DispatchPlan plan, String visitId) {
    return plan.findVisit(visitId).map(Visit::isAssigned).orElse(false);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
