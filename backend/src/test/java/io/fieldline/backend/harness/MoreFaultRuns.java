package io.fieldline.backend.harness;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.Notice;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Runs 2, 6, 7, 9 and 10 of issue 10. */
public final class MoreFaultRuns {
  private MoreFaultRuns() {}

  /** Run 2: batches split at random sizes and a third of them sent with mutations shuffled. */
  public static RunResult reordered(long seed, int devices, int mutations) {
    try (RunEnv env = RunEnv.start("reordered", seed, List.of())) {
      Random sizes = new Random(seed);
      RunEnv.ClientFactory factory =
          (id, http, m, s) ->
              new WireClient(
                      id,
                      http,
                      m,
                      s,
                      Clock.systemUTC(),
                      () -> {
                        synchronized (sizes) {
                          return 1 + sizes.nextInt(40);
                        }
                      },
                      ProtocolVersion.CURRENT)
                  .reorder(0.33);
      HarnessWorld world = world(env, devices, factory);
      return Drive.run(env, mutations, work(world, mutations, 15, seed), Drive.Injector.NONE, true)
          .print();
    }
  }

  /** Run 6: device clocks at -48 h, +24 h and +10 years: accepted, flagged, never ordering. */
  public static RunResult clockSkew(long seed, int devices, int mutations) {
    try (RunEnv env = RunEnv.start("clock-skew", seed, List.of())) {
      Duration[] skews = {Duration.ofHours(-48), Duration.ofHours(24), Duration.ofDays(3653)};
      int[] n = {0};
      RunEnv.ClientFactory factory =
          (id, http, m, s) -> {
            Clock clock = Clock.offset(Clock.systemUTC(), skews[n[0]++ % skews.length]);
            return "wire".equals(System.getProperty("harness.client"))
                ? new WireClient(id, http, m, s, clock, () -> 20, ProtocolVersion.CURRENT)
                : new ReferenceClient(id, http.baseUrl(), http.token(), m, s, clock);
          };
      HarnessWorld world = world(env, devices, factory);
      RunResult r =
          Drive.run(env, mutations, work(world, mutations, 10, seed), Drive.Injector.NONE, true);
      long flagged =
          env.devices.stream()
              .flatMap(d -> d.client().sent().values().stream())
              .filter(s -> s.result() != null && notices(s).contains(Notice.DEVICE_CLOCK_SKEW))
              .count();
      return with(r, "clocks -48h/+24h/+10y; " + flagged + " mutations flagged device_clock_skew")
          .print();
    }
  }

  /** Run 7: accounts moved between the reps' territories while the devices sync. */
  public static RunResult scopeChurn(long seed, int devices, int mutations) {
    try (RunEnv env = RunEnv.start("scope-churn", seed, List.of())) {
      HarnessWorld world = world(env, devices, RunEnv.ClientFactory.chosen());
      Random random = new Random(seed);
      int[] moves = {0};
      RunResult r =
          Drive.run(
              env,
              mutations,
              work(world, mutations, 10, seed),
              done -> {
                while (!done.get()) {
                  Sleep.millis(100 + random.nextInt(300));
                  HarnessWorld.Rep from = world.reps.get(random.nextInt(world.reps.size()));
                  HarnessWorld.Rep to = world.reps.get(random.nextInt(world.reps.size()));
                  UUID account = from.accounts().get(random.nextInt(from.accounts().size()));
                  world.sql(
                      "update account set territory_id = ? where id = ?", to.territory(), account);
                  moves[0]++;
                }
              },
              false);
      return with(r, moves[0] + " account moves between territories").print();
    }
  }

  /**
   * Run 9: a week offline: one device on the old release of the reference client ({@link
   * OldRelease}) queues {@code queued} mutations, then reconnects while 3 current devices work; a
   * request in a version the server does not speak is refused and applies nothing. With {@code old}
   * false the offline device runs the current reference client (no git history needed).
   */
  public static RunResult weekOffline(long seed, int queued, boolean old) {
    try (RunEnv env = RunEnv.start("week-offline", seed, List.of())) {
      int[] n = {0};
      RunEnv.ClientFactory factory =
          (id, http, m, s) ->
              n[0]++ == 0 && old
                  ? new OldReleaseClient(id, http.baseUrl(), http.token(), m, s)
                  : RunEnv.ClientFactory.chosen().create(id, http, m, s);
      HarnessWorld world = world(env, 4, factory);
      Device offline = env.devices.get(0);
      String refused = VersionProbe.unsupported(env, world.reps.get(0), offline);
      long t0 = System.nanoTime();
      RunResult r =
          Drive.run(
              env,
              queued,
              d ->
                  d == offline
                      ? DeviceWork.run(
                          d, FaultRuns.accounts(world, d), queued, queued, queued, seed)
                      : DeviceWork.run(d, FaultRuns.accounts(world, d), 200, 10, 50, seed + 1),
              Drive.Injector.NONE,
              true);
      double s = (System.nanoTime() - t0) / 1e9;
      return with(
              r,
              String.format(
                  "%d mutations queued offline on one device (%s), pushed in batches of 50 with 3"
                      + " current devices working (run %.1f s); %s",
                  queued,
                  old ? "old release " + OldRelease.COMMIT.substring(0, 7) : "current client",
                  s,
                  refused))
          .print();
    }
  }

  /** Run 10: three tenants under load on a pool of two connections: no row crosses tenants. */
  public static RunResult threeTenants(long seed, int devicesPerTenant, int mutations) {
    List<String> smallPool =
        List.of("-Dquarkus.datasource.jdbc.max-size=2", "-Dquarkus.datasource.reactive.max-size=2");
    try (RunEnv env = RunEnv.start("three-tenants", seed, smallPool)) {
      List<HarnessWorld> worlds = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        HarnessWorld w =
            HarnessWorld.seed(env.dataSource, "tenant" + t, seed + t, devicesPerTenant, 10);
        worlds.add(w);
        for (HarnessWorld.Rep rep : w.reps) {
          env.device(w, rep, RunEnv.ClientFactory.chosen());
        }
      }
      RunResult r =
          Drive.run(
              env,
              mutations,
              d -> {
                HarnessWorld w =
                    worlds.stream().filter(x -> x.tenant.equals(d.tenant())).findFirst().get();
                return DeviceWork.run(
                    d, FaultRuns.accounts(w, d), mutations, 10, 30, seed + d.hashCode());
              },
              Drive.Injector.NONE,
              true);
      return tenantChecked(env, with(r, "3 tenants, JDBC and reactive pools of 2 connections"))
          .print();
    }
  }

  /** Adds run 10's checks of every pulled copy and every foreign key to the verdict. */
  private static RunResult tenantChecked(RunEnv env, RunResult r) {
    List<String> problems = new ArrayList<>(r.verdict().problems());
    try (java.sql.Connection c = env.admin()) {
      long pulls = TenantLeaks.inPulls(c, env.devices, problems);
      long rows = TenantLeaks.inRows(c, problems);
      int keys = TenantLeaks.foreignKeys(c);
      long held = env.devices.stream().mapToLong(d -> d.client().serverCopy().size()).sum();
      Verdict v = r.verdict();
      Verdict checked =
          new Verdict(
              v.applied(),
              v.processed(),
              v.duplicated(),
              v.lost(),
              v.diverged(),
              v.stuck(),
              v.orphanConflicts(),
              v.crossTenant() + pulls + rows,
              problems);
      String faults =
          String.format(
              "%s; tenant checks: %d pulled records of other tenants (of %d held), %d rows across"
                  + " tenants over %d foreign keys",
              r.faults(), pulls, held, rows, keys);
      return new RunResult(
          r.run(),
          r.devices(),
          r.mutations(),
          faults,
          checked,
          r.pushLatency(),
          r.recovery(),
          r.seconds());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("tenant checks: " + e.getMessage(), e);
    }
  }

  private static HarnessWorld world(RunEnv env, int devices, RunEnv.ClientFactory factory) {
    int reps = Math.max(1, (devices + 4) / 5);
    HarnessWorld world = HarnessWorld.seed(env.dataSource, env.name, env.seed, reps, 20);
    for (int i = 0; i < devices; i++) {
      env.device(world, world.reps.get(i % reps), factory);
    }
    return world;
  }

  private static Drive.Work work(HarnessWorld world, int mutations, int pushEvery, long seed) {
    return d ->
        DeviceWork.run(
            d, FaultRuns.accounts(world, d), mutations, pushEvery, 40, seed + d.hashCode());
  }

  private static java.util.Set<Notice> notices(SyncClient.Sent s) {
    if (s.result() instanceof io.fieldline.sync.wire.AppliedResult a) {
      return a.notices();
    }
    return java.util.Set.of();
  }

  private static RunResult with(RunResult r, String faults) {
    return new RunResult(
        r.run(),
        r.devices(),
        r.mutations(),
        faults + "; " + r.faults(),
        r.verdict(),
        r.pushLatency(),
        r.recovery(),
        r.seconds());
  }
}
