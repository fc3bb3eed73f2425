package io.fieldline.backend.harness;

import io.fieldline.sync.wire.RejectedResult;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Load runs: a ramp of simulated devices (100, 500, 1,000 ...) doing a compressed day ({@link
 * LoadDay}): reps' devices record contacts and quotes, technicians' devices work their visits and
 * write visit reports, every device pulls every few "minutes" (seconds here), while a dispatcher
 * publishes a new visit to a technician and edits an account every second. Devices are reference
 * clients (a SQLite file each) on one shared HTTP client, straight to the service (no fault proxy),
 * ticked by a small thread pool. Per step: throughput, p50/p99 per operation, errors and rejected
 * mutations, the service's CPU and RSS, the driver's own CPU, and the machine's load. The first
 * step whose p99 passes 2 s or whose errors pass 1% is where it degrades.
 */
public final class LoadRun {
  private LoadRun() {}

  public static void run(long seed, List<Integer> steps, Duration stepLength, int pushSeconds)
      throws Exception {
    double techShare = Double.parseDouble(System.getProperty("harness.tech-share", "0.3"));
    try (RunEnv env = RunEnv.start("load", seed, List.of())) {
      int max = steps.stream().mapToInt(Integer::intValue).max().orElse(100);
      int techs = (int) Math.round(max * techShare);
      long t0 = System.nanoTime();
      HarnessWorld world = HarnessWorld.seed(env.dataSource, "load", seed, max - techs, 20);
      LoadWorld field = LoadWorld.seed(world, seed, Math.max(1, techs), 3);
      Report.line(
          "load",
          String.format(
              "seeded %d reps x 20 accounts, %d technicians x 3 visits in %.0f s",
              world.reps.size(), field.techs.size(), (System.nanoTime() - t0) / 1e9));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      List<LoadDevice> devices = new ArrayList<>();
      int r = 0;
      int t = 0;
      for (int step : steps) {
        List<HarnessWorld.Rep> users = new ArrayList<>();
        List<Boolean> roles = new ArrayList<>();
        while (devices.size() + users.size() < step) {
          boolean tech =
              t < field.techs.size() && (r >= world.reps.size() || t < techShare * (r + t + 1));
          users.add(tech ? field.techs.get(t++).user() : world.reps.get(r++));
          roles.add(tech);
        }
        devices.addAll(enrol(env, world, http, users, roles));
        step(env, field, devices, stepLength, pushSeconds, seed);
      }
    }
  }

  /**
   * A device of a user, whether it is a technician's, and how far it got with each visit (kept
   * across steps, so a later step does not redo a visit).
   */
  record LoadDevice(
      Device device, HarnessWorld.Rep user, boolean technician, Map<UUID, Integer> visitSteps) {}

  /** Registers the users' devices and pulls their scopes, 8 at a time; timed. */
  private static List<LoadDevice> enrol(
      RunEnv env,
      HarnessWorld world,
      HttpClient http,
      List<HarnessWorld.Rep> users,
      List<Boolean> technician)
      throws Exception {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(8, Daemon.threads("enrol"));
    List<Future<LoadDevice>> futures = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      HarnessWorld.Rep u = users.get(i);
      boolean tech = technician.get(i);
      futures.add(
          pool.submit(
              () -> {
                UUID id = world.registerDevice(env.service.baseUrl(), u);
                SyncClient c =
                    new ReferenceClient(id, http, env.service.baseUrl(), u.token(), env.metrics);
                if (!c.pullAll(Duration.ofSeconds(120))) {
                  throw new IllegalStateException("first pull of a device failed");
                }
                return new LoadDevice(
                    new Device(c, world.tenant, u.user()),
                    u,
                    tech,
                    new java.util.concurrent.ConcurrentHashMap<>());
              }));
    }
    List<LoadDevice> out = new ArrayList<>();
    for (Future<LoadDevice> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    Report.line(
        "load",
        String.format(
            "enrolled %d devices (register + first pull) in %.0f s",
            users.size(), (System.nanoTime() - t0) / 1e9));
    return out;
  }

  private static void step(
      RunEnv env,
      LoadWorld field,
      List<LoadDevice> devices,
      Duration length,
      int pushSeconds,
      long seed) {
    LoadStats st = new LoadStats();
    ScheduledExecutorService pool =
        Executors.newScheduledThreadPool(
            Integer.getInteger("harness.threads", 32), Daemon.threads("load"));
    long pid = env.service.pid();
    long self = ProcessHandle.current().pid();
    double cpu0 = ProcessStats.cpuSeconds(pid);
    double driver0 = ProcessStats.cpuSeconds(self);
    long t0 = System.nanoTime();
    long end = t0 + length.toNanos();
    int n = 0;
    for (LoadDevice d : devices) {
      LoadDay day =
          new LoadDay(
              d.device(),
              d.user(),
              d.technician(),
              field.template,
              new Random(seed + n++),
              end,
              pushSeconds,
              Integer.getInteger("harness.pull-seconds", 10),
              st,
              d.visitSteps());
      st.active.incrementAndGet();
      schedule(pool, day, 0);
    }
    Random dispatch = new Random(seed);
    long published = 0;
    long rssMax = 0;
    while (System.nanoTime() < end) {
      Sleep.millis(1000);
      field.publish(field.anyTech());
      published++;
      HarnessWorld.Rep rep = field.world.reps.get(dispatch.nextInt(field.world.reps.size()));
      field.world.sql(
          "update account set industry = ? where id = ?",
          "I" + published,
          rep.accounts().get(dispatch.nextInt(rep.accounts().size())));
      rssMax = Math.max(rssMax, ProcessStats.rssMib(pid));
    }
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (st.active.get() > 0 && System.nanoTime() < giveUp) {
      Sleep.millis(100);
    }
    pool.shutdownNow();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (ProcessStats.cpuSeconds(pid) - cpu0) / wall * 100;
    double driver = (ProcessStats.cpuSeconds(self) - driver0) / wall * 100;
    long errors = st.errors();
    double errorShare = 100.0 * errors / Math.max(1, errors + st.answered());
    boolean degraded = st.worstP99() > 2000 || errorShare > 1;
    Report.line(
        "load",
        String.format(
            "%d devices (%d technicians), %.0f s: %.1f mutations/s; %serrors %d (%.2f%%);"
                + " rejected %s; service CPU %.0f%% of one core, RSS max %d MiB; driver CPU %.0f%%"
                + " of one core; %d visits published + %d account edits by the dispatcher; %s",
            devices.size(),
            devices.stream().filter(LoadDevice::technician).count(),
            wall,
            st.mutations.get() / wall,
            st.describe(wall),
            errors,
            errorShare,
            rejections(devices),
            cpu,
            rssMax,
            driver,
            published,
            published,
            degraded ? "DEGRADED (p99 > 2 s or errors > 1%)" : "holds"));
  }

  /** Rejected mutations by code over every device so far. */
  private static Map<String, Integer> rejections(List<LoadDevice> devices) {
    Map<String, Integer> out = new TreeMap<>();
    for (LoadDevice d : devices) {
      for (SyncClient.Sent s : d.device().client().sent().values()) {
        if (s.result() instanceof RejectedResult rejected) {
          out.merge(rejected.code().name(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  private static void schedule(ScheduledExecutorService pool, LoadDay day, long delayMs) {
    pool.schedule(
        () -> {
          long next;
          try {
            next = day.tick();
          } catch (RuntimeException e) {
            day.stats().done("tick", 0, false, 0);
            next = 1000;
          }
          if (next >= 0) {
            schedule(pool, day, next);
          } else {
            day.stats().active.decrementAndGet();
          }
        },
        delayMs,
        TimeUnit.MILLISECONDS);
  }
}
