package io.fieldline.backend.sync.bench;

import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PushResult;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The sync benchmark (backend/docs/sync.md, "Benchmark"): starts the packaged service against a
 * fresh database and measures, over HTTP, the initial sync of a device whose scope holds 20,000
 * records, a no-change re-sync, sustained push from 50 devices with exactly-once checked, and poke
 * latency over a real WebSocket. Run with {@code ./mvnw -B -pl backend -am package -Psync-bench}.
 */
public final class SyncBench {

  private static final int ACCOUNTS = 10_000;
  private static final int DEVICES = 50;
  private static final int BATCHES = 20;

  /** Batches per device pushed first, untimed: the service's JIT warms up (a sustained rate). */
  private static final int WARMUP_BATCHES = 40;

  private static final int BATCH = 20;
  private static final java.util.concurrent.atomic.AtomicInteger RETRIES =
      new java.util.concurrent.atomic.AtomicInteger();

  private SyncBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchTokens.options(args);
    Properties db = new Properties();
    try (FileInputStream in = new FileInputStream(options.get("config"))) {
      db.load(in);
    }
    Path log = Path.of(options.getOrDefault("log", "target/sync-bench-service.log"));
    System.out.printf("sync-bench: load average before start %s%n", BenchTokens.loadAverage());
    try (BenchApp app =
        BenchApp.start(
            Path.of(options.get("jar")),
            Path.of(options.get("config")),
            log,
            options.containsKey("service-jfr")
                ? List.of("-XX:StartFlightRecording=" + options.get("service-jfr"))
                : List.of())) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(db.getProperty("quarkus.datasource.jdbc.url"));
      ds.setUser(db.getProperty("quarkus.datasource.username"));
      ds.setPassword(db.getProperty("quarkus.datasource.password"));
      long t0 = System.nanoTime();
      BenchSeed seed = BenchSeed.create(ds, DEVICES);
      // rep1's scope is open (first pull) before the import, so the import goes through the
      // capture of an open scope; opening one after it is measured by ScopeOpenBench.
      BenchClient opener = client(app, seed, seed.world.rep1);
      opener.pull(Cursor.START, 1);
      List<BenchClient> devices = new ArrayList<>();
      for (BenchSeed.Rep rep : seed.reps) {
        BenchClient c =
            new BenchClient(
                app.base, BenchTokens.issue(seed.world.tenant, rep.user()), rep.device());
        c.pull(Cursor.START, 100);
        devices.add(c);
      }
      // --measure=... picks measurements; FIELDLINE_BENCH_ONLY=push is --measure=push
      String measure =
          options.getOrDefault(
              "measure",
              "push".equals(System.getenv("FIELDLINE_BENCH_ONLY"))
                  ? "push"
                  : "initial,open,push,poke");
      if (measure.contains("initial") || measure.contains("open")) {
        seed.accounts(ACCOUNTS);
        System.out.printf(
            "sync-bench: seeded %d accounts and contacts in rep1's open scope in %.1f s%n",
            ACCOUNTS, (System.nanoTime() - t0) / 1e9);
      }
      if (measure.contains("initial")) {
        initialAndNoChange(app, seed, opener);
      }
      if (measure.contains("open")) {
        ScopeOpenBench.run(app.base, ds, seed);
      }
      if (measure.contains("push")) {
        push(devices, seed, ds);
      }
      if (measure.contains("poke")) {
        PokeBench.run(app, seed);
      }
      System.out.printf("sync-bench: load average at the end %s%n", BenchTokens.loadAverage());
    }
  }

  private static BenchClient client(BenchApp app, BenchSeed seed, UUID user) {
    return new BenchClient(app.base, BenchTokens.issue(seed.world.tenant, user), seed.device(user));
  }

  private static void initialAndNoChange(BenchApp app, BenchSeed seed, BenchClient opener)
      throws Exception {
    Cursor last = null;
    List<Double> rates = new ArrayList<>();
    // run 0 is the service's first (cold JIT, checksum cache miss): shown, not in the median
    double cold = 0;
    for (int run = 0; run < 4; run++) {
      BenchClient fresh = client(app, seed, seed.world.rep1);
      long start = System.nanoTime();
      Cursor cursor = Cursor.START;
      long records = 0;
      while (true) {
        PullPage page = fresh.pull(cursor, 1000);
        records += page.changes().size();
        cursor = page.nextCursor();
        if (!page.hasMore()) {
          break;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (run == 0) {
        cold = records / seconds;
      } else {
        rates.add(records / seconds);
      }
      System.out.printf(
          "sync-bench: initial sync run %d%s: %d records in %.2f s = %.0f records/s (load %s)%n",
          run,
          run == 0 ? " (cold)" : "",
          records,
          seconds,
          records / seconds,
          BenchTokens.loadAverage());
      last = cursor;
      opener = fresh;
    }
    Collections.sort(rates);
    System.out.printf(
        "RESULT initial sync (median of 3 after a cold run of %.0f records/s): %.0f records/s%n",
        cold, rates.get(1));
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long start = System.nanoTime();
      PullPage page = opener.pull(last, 1000);
      millis.add((System.nanoTime() - start) / 1e6);
      if (!page.changes().isEmpty() || page.scopeChecksum().isEmpty()) {
        throw new IllegalStateException("a no-change pull returned changes");
      }
    }
    System.out.printf(
        "RESULT no-change re-sync (20,001 records in scope, 40 pulls): p50 %.1f ms, p90 %.1f ms%n",
        pct(millis, 50), pct(millis, 90));
  }

  private static void push(List<BenchClient> devices, BenchSeed seed, PGSimpleDataSource ds)
      throws Exception {
    List<List<List<Mutation>>> outboxes = new ArrayList<>();
    for (BenchSeed.Rep rep : seed.reps) {
      List<List<Mutation>> batches = new ArrayList<>();
      long sequence = 1;
      for (int b = 0; b < WARMUP_BATCHES + BATCHES; b++) {
        List<Mutation> batch = new ArrayList<>();
        for (int m = 0; m < BATCH; m++) {
          batch.add(contact(sequence++, rep.account()));
        }
        batches.add(batch);
      }
      outboxes.add(batches);
    }
    ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
    long warmStart = System.nanoTime();
    long warm = pushAll(pool, devices, outboxes, 0, WARMUP_BATCHES);
    System.out.printf(
        "sync-bench: push warm-up (untimed for the result): %d mutations at %.0f mutations/s%n",
        warm, warm / ((System.nanoTime() - warmStart) / 1e9));
    RETRIES.set(0);
    BenchClient.BUSY.set(0);
    BenchWaits waits = BenchWaits.start(ds);
    long start = System.nanoTime();
    long total = pushAll(pool, devices, outboxes, WARMUP_BATCHES, WARMUP_BATCHES + BATCHES);
    double seconds = (System.nanoTime() - start) / 1e9;
    waits.close();
    System.out.printf(
        "sync-bench: push: load average %s; database sessions sampled: %s%n",
        BenchTokens.loadAverage(), waits.summary());
    System.out.printf(
        "RESULT push: %d devices x %d batches x %d = %d mutations in %.2f s = %.0f mutations/s"
            + " (exactly-once on; resent after a pause: %d retry_later batch ends, %d 503 busy)%n",
        DEVICES,
        BATCHES,
        BATCH,
        total,
        seconds,
        total / seconds,
        RETRIES.get(),
        BenchClient.BUSY.get());
    long duplicates = 0;
    int last = WARMUP_BATCHES + BATCHES - 1;
    for (int d = 0; d < DEVICES; d++) {
      PushResult again = (PushResult) devices.get(d).push(outboxes.get(d).get(last));
      duplicates += again.results().stream().filter(r -> r instanceof DuplicateResult).count();
    }
    pool.shutdown();
    SyncDb check = new SyncDb(ds, seed.world.tenant);
    long contacts = 0;
    for (BenchSeed.Rep rep : seed.reps) {
      contacts += check.count("select count(*) from contact where account_id = ?", rep.account());
    }
    System.out.printf(
        "sync-bench: exactly-once check: %d contacts for %d mutations; resending every device's"
            + " last batch: %d of %d answered duplicate%n",
        contacts, warm + total, duplicates, DEVICES * BATCH);
    if (contacts != warm + total || duplicates != DEVICES * BATCH) {
      throw new IllegalStateException("exactly-once broken");
    }
  }

  /**
   * Every device pushes its batches {@code from} (inclusive) to {@code to} in parallel, resending
   * after RETRY_LATER as a phone would; returns the mutations applied.
   */
  private static long pushAll(
      ExecutorService pool,
      List<BenchClient> devices,
      List<List<List<Mutation>>> outboxes,
      int from,
      int to)
      throws Exception {
    List<Future<Long>> done = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      BenchClient c = devices.get(d);
      List<List<Mutation>> batches = outboxes.get(d).subList(from, to);
      done.add(
          pool.submit(
              () -> {
                long applied = 0;
                for (List<Mutation> batch : batches) {
                  List<Mutation> rest = batch;
                  while (!rest.isEmpty()) {
                    PushResult r = (PushResult) c.push(rest);
                    applied += r.results().size();
                    rest = rest.subList(r.results().size(), rest.size());
                    if (!rest.isEmpty()) {
                      if (!(r.end() instanceof BatchEnd.RetryLater later)) {
                        throw new IllegalStateException("a batch stopped: " + r.end());
                      }
                      RETRIES.incrementAndGet();
                      Thread.sleep(Math.min(later.retryAfterMillis(), 200));
                    }
                  }
                }
                return applied;
              }));
    }
    long total = 0;
    for (Future<Long> f : done) {
      total += f.get();
    }
    return total;
  }

  private static Mutation contact(long sequence, UUID account) {
    return new Mutation(
        sequence,
        "contact",
        UUID.randomUUID(),
        Operation.CREATE,
        0,
        Map.of(
            "account_id", FieldValue.of(account.toString()),
            "first_name", FieldValue.of("Pat"),
            "last_name", FieldValue.of("Contact " + sequence)),
        Instant.now());
  }

  /** The {@code percentile}th value (nearest rank). */
  static double pct(List<Double> values, int percentile) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
