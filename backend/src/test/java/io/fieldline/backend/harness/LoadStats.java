package io.fieldline.backend.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A load step's counters: latencies, answers and errors per operation, mutations pushed. */
final class LoadStats {
  private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  final AtomicLong mutations = new AtomicLong();
  final AtomicInteger active = new AtomicInteger();

  /** One operation ended: its latency, whether it completed, the mutations it carried. */
  void done(String op, long latency, boolean ok, int carried) {
    if (ok) {
      nanos.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add(latency);
      mutations.addAndGet(carried);
    } else {
      errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
    }
  }

  long answered() {
    return nanos.values().stream().mapToLong(List::size).sum();
  }

  long errors() {
    return errors.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** The p99 over every operation, in ms. */
  double worstP99() {
    return nanos.values().stream().mapToDouble(l -> Percentiles.of(l).p99()).max().orElse(0);
  }

  /** "op: n/s, p50 p99 max, errors" per operation over {@code wall} seconds. */
  String describe(double wall) {
    StringBuilder b = new StringBuilder();
    for (String op : new TreeMap<>(nanos).keySet()) {
      Percentiles p = Percentiles.of(nanos.get(op));
      AtomicLong e = errors.get(op);
      b.append(
          String.format(
              "%s %.1f/s p50 %.0f ms p99 %.0f ms max %.0f ms errors %d; ",
              op, p.count() / wall, p.p50(), p.p99(), p.max(), e == null ? 0 : e.get()));
    }
    return b.toString();
  }
}
