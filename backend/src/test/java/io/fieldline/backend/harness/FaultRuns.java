package io.fieldline.backend.harness;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The fault runs of issue 10, each a method with a seed and a size: they seed a tenant, start the
 * service, drive the devices through the fault and end with the invariant check.
 */
public final class FaultRuns {
  private FaultRuns() {}

  /** Run 1: lost acknowledgements (dropped after commit) and concurrent duplicate pushes. */
  public static RunResult lostAcks(long seed, int devices, int mutations) {
    try (RunEnv env = RunEnv.start("lost-acks", seed, List.of())) {
      HarnessWorld world = reps(env, devices, 5);
      env.proxy.plan(new FaultPlan(0, 0.20, 0.10, 0, 0));
      return Drive.run(
              env,
              mutations,
              d -> DeviceWork.run(d, accounts(world, d), mutations, 10, 50, seed + d.hashCode()),
              Drive.Injector.NONE,
              true)
          .print();
    }
  }

  /** Run 3: the service SIGKILLed at random moments during pushes ({@link Kills}) and restarted. */
  public static RunResult kills(long seed, int devices, int mutations, int kills) {
    try (RunEnv env = RunEnv.start("kills", seed, List.of())) {
      HarnessWorld world = reps(env, devices, 5);
      Kills injector = new Kills(env, kills, (long) devices * mutations / 5, seed);
      RunResult r =
          Drive.run(
              env,
              mutations,
              d -> DeviceWork.run(d, accounts(world, d), mutations, 5, 40, seed + d.hashCode()),
              injector,
              true);
      return new RunResult(
              r.run(),
              r.devices(),
              r.mutations(),
              injector.describe() + "; " + r.faults(),
              r.verdict(),
              r.pushLatency(),
              r.recovery(),
              r.seconds())
          .print();
    }
  }

  /** Run 8: a flaky link: loss, delay, drops and partitions of 0.5-3 s that heal by themselves. */
  public static RunResult flakyLink(long seed, int devices, int mutations, Duration length) {
    try (RunEnv env = RunEnv.start("flaky-link", seed, List.of())) {
      HarnessWorld world = reps(env, devices, 5);
      env.proxy.plan(new FaultPlan(0.05, 0.05, 0.02, 0.3, 400));
      Random random = new Random(seed);
      long end = System.nanoTime() + length.toNanos();
      return Drive.run(
              env,
              mutations,
              d -> DeviceWork.run(d, accounts(world, d), mutations, 10, 30, seed + d.hashCode()),
              finished -> {
                while (!finished.get() && System.nanoTime() < end) {
                  Sleep.millis(1000 + random.nextInt(3000));
                  long ms = 500 + random.nextInt(2500);
                  env.proxy.partition(Duration.ofMillis(ms));
                  Sleep.millis(ms);
                  env.metrics.healed();
                }
              },
              true)
          .print();
    }
  }

  /** Seeds {@code devices / perRep} reps (at least one) and registers the devices round-robin. */
  static HarnessWorld reps(RunEnv env, int devices, int perRep) {
    int reps = Math.max(1, (devices + perRep - 1) / perRep);
    HarnessWorld world = HarnessWorld.seed(env.dataSource, env.name, env.seed, reps, 20);
    for (int i = 0; i < devices; i++) {
      env.device(world, world.reps.get(i % reps), RunEnv.ClientFactory.chosen());
    }
    return world;
  }

  static List<java.util.UUID> accounts(HarnessWorld world, Device d) {
    return world.reps.stream()
        .filter(r -> r.user().equals(d.user()))
        .findFirst()
        .orElseThrow()
        .accounts();
  }
}
