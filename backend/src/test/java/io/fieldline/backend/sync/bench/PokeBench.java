package io.fieldline.backend.sync.bench;

import io.fieldline.backend.support.sync.PokeSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Poke latency (backend/docs/sync.md, "Benchmark"): a {@code syncPoke} subscriber of one rep over a
 * real WebSocket; each of 200 commits to the rep's account is timed from the commit's return to the
 * arrival of a poke with a position above every one seen before.
 */
final class PokeBench {

  private PokeBench() {}

  /** Measures and prints a RESULT line. */
  static void run(BenchApp app, BenchSeed seed) throws Exception {
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
        SyncBench.pct(millis, 50),
        SyncBench.pct(millis, 99),
        SyncBench.pct(millis, 100),
        BenchTokens.loadAverage());
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
}
