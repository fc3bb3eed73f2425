package io.fieldline.backend.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One harness run per command: {@code -Dharness.run=<name> -Dharness.seed=<n>} and the size
 * properties of backend/docs/harness.md. Exits 0 when the run's invariants hold, 1 otherwise.
 */
public final class HarnessMain {
  private HarnessMain() {}

  public static void main(String[] args) {
    try {
      run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(2);
    }
  }

  private static void run() throws Exception {
    String run = System.getProperty("harness.run", "lost-acks");
    long seed = Long.getLong("harness.seed", 42);
    int devices = Integer.getInteger("harness.devices", 50);
    // run-specific sizes are read where each run is chosen
    int mutations = Integer.getInteger("harness.mutations", 200);
    if (run.equals("load")) {
      List<Integer> steps = new ArrayList<>();
      for (String s : System.getProperty("harness.steps", "100,500,1000").split(",")) {
        steps.add(Integer.parseInt(s.trim()));
      }
      LoadRun.run(
          seed,
          steps,
          Duration.ofSeconds(Long.getLong("harness.seconds", 60)),
          Integer.getInteger("harness.push-seconds", 20));
      System.exit(0);
    }
    if (run.equals("peer")) {
      PeerRun.run(seed, sizes(System.getProperty("harness.sizes", "20000,100000")));
      System.exit(0);
    }
    if (run.equals("ceiling")) {
      DbCeiling.run(
          seed,
          Integer.getInteger("harness.rows", 20000),
          Integer.getInteger("harness.writers", 4));
      System.exit(0);
    }
    RunResult result =
        switch (run) {
          case "lost-acks" -> FaultRuns.lostAcks(seed, devices, mutations);
          case "kills" ->
              FaultRuns.kills(seed, devices, mutations, Integer.getInteger("harness.kills", 20));
          case "flaky-link" ->
              FaultRuns.flakyLink(
                  seed,
                  devices,
                  mutations,
                  Duration.ofSeconds(Long.getLong("harness.seconds", 60)));
          case "db-faults" ->
              DatabaseFaultRun.run(
                  seed,
                  devices,
                  mutations,
                  Integer.getInteger("harness.terminations", 50),
                  Integer.getInteger("harness.restarts", 3));
          case "same-records" ->
              SameRecordsRun.run(
                  seed,
                  Integer.getInteger("harness.devices", 10),
                  Integer.getInteger("harness.records", 30),
                  Integer.getInteger("harness.orders", 4));
          case "reordered" -> MoreFaultRuns.reordered(seed, devices, mutations);
          case "clock-skew" -> MoreFaultRuns.clockSkew(seed, devices, mutations);
          case "scope-churn" -> MoreFaultRuns.scopeChurn(seed, devices, mutations);
          case "week-offline" ->
              MoreFaultRuns.weekOffline(
                  seed,
                  Integer.getInteger("harness.queued", 5000),
                  !"current".equals(System.getProperty("harness.old-client")));
          case "three-tenants" -> MoreFaultRuns.threeTenants(seed, devices / 3, mutations);
          default -> throw new IllegalArgumentException("unknown harness.run " + run);
        };
    System.exit(result.ok() ? 0 : 1);
  }

  private static List<Integer> sizes(String csv) {
    List<Integer> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      out.add(Integer.parseInt(s.trim()));
    }
    return out;
  }
}
