package io.fieldline.backend.sync.bench;

import io.fieldline.backend.support.sync.PokeSocket;
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
  private static final int BATCHES = 10;
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
      seed.accounts(ACCOUNTS);
      System.out.printf(
          "sync-bench: seeded %d accounts and contacts in rep1's open scope in %.1f s%n",
          ACCOUNTS, (System.nanoTime() - t0) / 1e9);
      String measure = options.getOrDefault("measure", "initial,open,push,poke");
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
        poke(app, seed);
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
    for (int run = 0; run < 3; run++) {
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
      rates.add(records / seconds);
      System.out.printf(
          "sync-bench: initial sync run %d: %d records in %.2f s = %.0f records/s%n",
          run + 1, records, seconds, records / seconds);
      last = cursor;
      opener = fresh;
    }
    Collections.sort(rates);
    System.out.printf("RESULT initial sync (median of 3): %.0f records/s%n", rates.get(1));
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
      for (int b = 0; b < BATCHES; b++) {
        List<Mutation> batch = new ArrayList<>();
        for (int m = 0; m < BATCH; m++) {
          batch.add(contact(sequence++, rep.account()));
        }
        batches.add(batch);
      }
      outboxes.add(batches);
    }
    ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
    long start = System.nanoTime();
    List<Future<Long>> done = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      BenchClient c = devices.get(d);
      List<List<Mutation>> batches = outboxes.get(d);
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
    double seconds = (System.nanoTime() - start) / 1e9;
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
    for (int d = 0; d < DEVICES; d++) {
      PushResult again = (PushResult) devices.get(d).push(outboxes.get(d).get(BATCHES - 1));
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
        contacts, total, duplicates, DEVICES * BATCH);
    if (contacts != total || duplicates != DEVICES * BATCH) {
      throw new IllegalStateException("exactly-once broken");
    }
  }

  private static void poke(BenchApp app, BenchSeed seed) throws Exception {
    BenchSeed.Rep rep = seed.reps.get(0);
    List<Double> millis = new ArrayList<>();
    try (PokeSocket socket =
        PokeSocket.subscribe(
            app.base.resolve("/graphql"), BenchTokens.issue(seed.world.tenant, rep.user()))) {
      // the subscription is live once a first poke arrives (the server may still be setting up)
      long seen = -1;
      for (int warm = 0; warm < 20 && seen < 0; warm++) {
        seed.world.sql(
            "update account set field_notes = ? where id = ?", "warm " + warm, rep.account());
        seen = position(socket, -1, 3_000);
      }
      if (seen < 0) {
        throw new IllegalStateException("the subscription never got a poke");
      }
      Thread.sleep(500);
      seen = Math.max(seen, drain(socket));
      for (int i = 0; i < 200; i++) {
        seed.world.sql(
            "update account set field_notes = ? where id = ?", "note " + i, rep.account());
        long committed = System.nanoTime();
        // a poke of this commit: a position above every one seen before it
        long[] arrived = new long[1];
        long position = position(socket, seen, 5_000, arrived);
        if (position < 0) {
          throw new IllegalStateException("no poke for commit " + i);
        }
        seen = position;
        millis.add((arrived[0] - committed) / 1e6);
        Thread.sleep(5);
      }
    }
    System.out.printf(
        "RESULT poke latency (commit returned -> poke received, 200 commits): p50 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms (load %s)%n",
        pct(millis, 50), pct(millis, 99), pct(millis, 100), BenchTokens.loadAverage());
  }

  private static long position(PokeSocket socket, long above, long millis) throws Exception {
    return position(socket, above, millis, new long[1]);
  }

  /**
   * The position of the next poke above {@code above} within {@code millis} (-1 if none), its
   * arrival time in {@code arrived}; other messages (pings, older pokes) are skipped.
   */
  private static long position(PokeSocket socket, long above, long millis, long[] arrived)
      throws Exception {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      PokeSocket.Message m = left > 0 ? socket.next(left) : null;
      if (m == null) {
        return -1;
      }
      if (m.type().equals("closed") || m.type().equals("error")) {
        throw new IllegalStateException("the subscription ended: " + m.json());
      }
      long p = m.json().path("payload").path("data").path("syncPoke").path("position").asLong(-1);
      if (m.type().equals("next") && p > above) {
        arrived[0] = m.arrivedNanos();
        return p;
      }
    }
  }

  /** The highest position among the queued pokes (-1 if none); the queue is emptied. */
  private static long drain(PokeSocket socket) throws Exception {
    long highest = -1;
    for (PokeSocket.Message m = socket.next(0); m != null; m = socket.next(0)) {
      highest =
          Math.max(
              highest,
              m.json().path("payload").path("data").path("syncPoke").path("position").asLong(-1));
    }
    return highest;
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

  private static double pct(List<Double> values, int percentile) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
