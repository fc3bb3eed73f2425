package io.fieldline.backend.harness;

import io.fieldline.contract.client.HttpSyncTransport;
import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.SyncClient;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Fieldline column of the peer comparison: the packaged service on a fresh database and one
 * rep's device with the reference client (SQLite file, default page size 500 and push batch 200),
 * straight to the service on loopback (no fault proxy). Per dataset size: import, initial sync,
 * incremental pulls after 1 / 100 / 10,000 server-side changes, push of 1,000 offline edits, and a
 * no-change re-sync (median of 5); every figure in milliseconds.
 */
final class PeerFieldline {
  static final int[] INCREMENTS = {1, 100, 10_000};
  static final int OFFLINE_EDITS = 1000;

  private PeerFieldline() {}

  static Map<String, Map<String, Double>> run(long seed, List<Integer> sizes) throws Exception {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    try (RunEnv env = RunEnv.start("peer", seed, List.of())) {
      HarnessWorld world = HarnessWorld.seed(env.dataSource, "peer", seed, sizes.size(), 0);
      long pid = env.service.pid();
      double cpu0 = ProcessStats.cpuSeconds(pid);
      for (int i = 0; i < sizes.size(); i++) {
        int size = sizes.get(i);
        out.put(Integer.toString(size), one(env, world, world.reps.get(i), seed, size));
      }
      Report.line(
          "peer",
          String.format(
              "fieldline service: %.0f CPU s over the runs, RSS %d MiB at the end",
              ProcessStats.cpuSeconds(pid) - cpu0, ProcessStats.rssMib(pid)));
    }
    return out;
  }

  private static Map<String, Double> one(
      RunEnv env, HarnessWorld world, HarnessWorld.Rep rep, long seed, int size) throws Exception {
    Map<String, Double> m = new LinkedHashMap<>();
    PeerDataset data = PeerDataset.generate(seed, size);
    UUID id = world.registerDevice(env.service.baseUrl(), rep);
    Path file = Path.of("target", "harness", "peer", "fieldline-" + size + ".db");
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    SyncClient phone =
        SyncClient.builder(
                LocalStore.open(file.toString()),
                id.toString(),
                new HttpSyncTransport(URI.create(env.service.baseUrl()), rep::token))
            .build();
    // its first pull opens the (empty) scope: opening a scope over many records is slow
    // (sync.md, "Known limits"), so the import comes after it, as in the sync benchmark
    check(phone.pull() >= 0, "first pull");
    long t = System.nanoTime();
    data.importInto(world, rep);
    m.put("load", ms(t));
    t = System.nanoTime();
    check(phone.pull() >= 0, "initial sync");
    m.put("initial", ms(t));
    int held = phone.serverCopy().size();
    check(held == size, "initial sync holds " + held + " records, not " + size);
    int from = 0;
    for (int k : INCREMENTS) {
      PeerDataset.updateNotes(world, data.changed(from, k), "server change " + k);
      from += k;
      t = System.nanoTime();
      int pulled = phone.pull();
      m.put("incremental-" + k, ms(t));
      check(pulled == k, "incremental pull of " + k + " changes applied " + pulled);
    }
    for (PeerDataset.Row row : data.changed(from, OFFLINE_EDITS)) {
      phone.update(
          new RecordKey("contact", row.id()), Map.of("notes", FieldValue.of("offline edit")));
    }
    t = System.nanoTime();
    boolean pushed = phone.push();
    m.put("push-" + OFFLINE_EDITS, ms(t));
    check(pushed && phone.outbox().isEmpty(), "push left " + phone.outbox().size());
    check(phone.rejected().isEmpty(), phone.rejected().size() + " edits rejected");
    phone.pull(); // the device's own edits come back once
    List<Double> noChange = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      t = System.nanoTime();
      int pulled = phone.pull();
      noChange.add(ms(t));
      check(pulled == 0, "no-change re-sync applied " + pulled);
    }
    Collections.sort(noChange);
    m.put("no-change", noChange.get(2));
    Report.line("peer", "fieldline " + size + " records: " + m + " (ms)");
    return m;
  }

  private static double ms(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("fieldline: " + what);
    }
  }
}
