package io.fieldline.backend.harness;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load runs: a ramp of simulated devices (100, 500, 1,000 ...) doing a compressed day: each pulls
 * every {@code pullSeconds} and pushes a couple of edits (new contacts, notes and phone numbers)
 * every {@code pushSeconds}, with jitter, while a dispatcher thread writes account changes on the
 * server that fan out to the reps' scopes. Per step: throughput, p50/p99 per operation, errors, the
 * service's CPU and memory, and the machine's load. The step whose p99 passes 2 s or whose errors
 * pass 1% is where it degrades.
 */
public final class LoadRun {
  private LoadRun() {}

  public static void run(long seed, List<Integer> steps, Duration stepLength, int pushSeconds) {
    try (RunEnv env = RunEnv.start("load", seed, List.of())) {
      int maxDevices = steps.stream().mapToInt(Integer::intValue).max().orElse(100);
      HarnessWorld world = HarnessWorld.seed(env.dataSource, "load", seed, maxDevices / 5, 20);
      Report.line("load", "seeded " + world.reps.size() + " reps x 20 accounts");
      List<Device> devices = new ArrayList<>();
      for (int step : steps) {
        while (devices.size() < step) {
          HarnessWorld.Rep rep = world.reps.get(devices.size() % world.reps.size());
          Device d = env.device(world, rep, RunEnv.ClientFactory.chosen());
          d.client().pullAll(DeviceWork.PATIENCE);
          devices.add(d);
        }
        step(env, world, devices, stepLength, pushSeconds, seed);
      }
    }
  }

  private static void step(
      RunEnv env,
      HarnessWorld world,
      List<Device> devices,
      Duration length,
      int pushSeconds,
      long seed) {
    Stats st = new Stats();
    ScheduledExecutorService pool =
        Executors.newScheduledThreadPool(
            Integer.getInteger("harness.threads", 48), Daemon.threads("load"));
    long pid = env.service.pid();
    double cpu0 = ProcessStats.cpuSeconds(pid);
    long t0 = System.nanoTime();
    long end = t0 + length.toNanos();
    int n = 0;
    for (Device d : devices) {
      Day day =
          new Day(d, FaultRuns.accounts(world, d), new Random(seed + n++), end, pushSeconds, st);
      st.active.incrementAndGet();
      schedule(pool, day, 0);
    }
    Random dispatch = new Random(seed);
    long writes = 0;
    while (System.nanoTime() < end) {
      Sleep.millis(1000);
      HarnessWorld.Rep rep = world.reps.get(dispatch.nextInt(world.reps.size()));
      world.sql(
          "update account set industry = ? where id = ?",
          "I" + writes++,
          rep.accounts().get(dispatch.nextInt(rep.accounts().size())));
    }
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (st.active.get() > 0 && System.nanoTime() < giveUp) {
      Sleep.millis(100);
    }
    pool.shutdownNow();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (ProcessStats.cpuSeconds(pid) - cpu0) / wall * 100;
    Report.line(
        "load",
        String.format(
            "%d devices, %.0f s: %.1f pushes/s (%.1f mutations/s), %.1f pulls/s; push %s;"
                + " pull %s; errors %d (%.2f%%); service CPU %.0f%% of one core, RSS %d MiB;"
                + " %d dispatcher writes",
            devices.size(),
            wall,
            st.pushes.get() / wall,
            st.mutations.get() / wall,
            st.pulls.get() / wall,
            st.m.pushLatency(),
            st.m.pullLatency(),
            st.errors.get(),
            100.0 * st.errors.get() / Math.max(1, st.pushes.get() + st.pulls.get()),
            cpu,
            ProcessStats.rssMib(pid),
            writes));
  }

  /** One device's day: a tick does whichever of push and pull is due, then books the next. */
  private static final class Day {
    final Device d;
    final List<UUID> accounts;
    final Random r;
    final long end;
    final int pushSeconds;
    final Stats stats;
    final List<RecordKey> mine = new ArrayList<>();
    long nextPush;
    long nextPull;
    int i;

    Day(Device d, List<UUID> accounts, Random r, long end, int pushSeconds, Stats stats) {
      this.d = d;
      this.accounts = accounts;
      this.r = r;
      this.end = end;
      this.pushSeconds = pushSeconds;
      this.stats = stats;
      long now = System.nanoTime();
      nextPush = now + (long) (r.nextDouble() * pushSeconds * 1e9);
      nextPull = now + (long) (r.nextDouble() * 3 * pushSeconds * 1e9);
    }

    /** Does what is due; the delay in ms to the next tick, or -1 when the day is over. */
    long tick() {
      SyncClient c = d.client();
      long now = System.nanoTime();
      if (now >= end) {
        return -1;
      }
      if (now >= nextPush) {
        String tag = c.deviceId().toString().substring(0, 8);
        int k = 1 + r.nextInt(3);
        for (int j = 0; j < k; j++, i++) {
          if (mine.isEmpty() || r.nextInt(3) == 0) {
            UUID account = accounts.get(r.nextInt(accounts.size()));
            mine.add(
                c.create(
                    "contact",
                    Map.of(
                        "account_id", FieldValue.of(account.toString()),
                        "first_name", FieldValue.of("F" + tag),
                        "last_name", FieldValue.of("L" + tag + i))));
          } else {
            c.update(mine.get(r.nextInt(mine.size())), Map.of("notes", FieldValue.of(tag + i)));
          }
        }
        long t = System.nanoTime();
        if (c.pushAll(Duration.ofSeconds(30))) {
          stats.m.push(System.nanoTime() - t);
          stats.pushes.incrementAndGet();
          stats.mutations.addAndGet(k);
        } else {
          stats.errors.incrementAndGet();
        }
        nextPush = System.nanoTime() + (long) ((0.5 + r.nextDouble()) * pushSeconds * 1e9);
      } else if (now >= nextPull) {
        long t = System.nanoTime();
        if (c.pullAll(Duration.ofSeconds(30))) {
          stats.m.pull(System.nanoTime() - t);
          stats.pulls.incrementAndGet();
        } else {
          stats.errors.incrementAndGet();
        }
        nextPull = System.nanoTime() + (long) ((0.5 + r.nextDouble()) * 3 * pushSeconds * 1e9);
      }
      return Math.max(0, (Math.min(nextPush, nextPull) - System.nanoTime()) / 1_000_000);
    }
  }

  /** A step's counters. */
  private static final class Stats {
    final Metrics m = new Metrics();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong pushes = new AtomicLong();
    final AtomicLong pulls = new AtomicLong();
    final AtomicLong mutations = new AtomicLong();
    final java.util.concurrent.atomic.AtomicInteger active =
        new java.util.concurrent.atomic.AtomicInteger();
  }

  private static void schedule(ScheduledExecutorService pool, Day day, long delayMs) {
    pool.schedule(
        () -> {
          long next = day.tick();
          if (next >= 0) {
            schedule(pool, day, next);
          } else {
            day.stats.active.decrementAndGet();
          }
        },
        delayMs,
        TimeUnit.MILLISECONDS);
  }
}
