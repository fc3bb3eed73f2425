package io.fieldline.backend.harness;

import java.time.Duration;

/**
 * One harness run per command: {@code -Dharness.run=<name> -Dharness.seed=<n>} and the size
 * properties of backend/docs/harness.md. Exits 0 when the run's invariants hold, 1 otherwise.
 */
public final class HarnessMain {
  private HarnessMain() {}

  public static void main(String[] args) {
    String run = System.getProperty("harness.run", "lost-acks");
    long seed = Long.getLong("harness.seed", 42);
    int devices = Integer.getInteger("harness.devices", 50);
    // run-specific sizes are read where each run is chosen
    int mutations = Integer.getInteger("harness.mutations", 200);
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
          default -> throw new IllegalArgumentException("unknown harness.run " + run);
        };
    System.exit(result.ok() ? 0 : 1);
  }
}
