package io.fieldline.backend.harness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles of durations in nanoseconds, shown in milliseconds. */
record Percentiles(long count, double p50, double p99, double max) {

  static Percentiles of(Collection<Long> nanos) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return new Percentiles(0, 0, 0, 0);
    }
    Collections.sort(sorted);
    return new Percentiles(
        sorted.size(),
        ms(at(sorted, 0.50)),
        ms(at(sorted, 0.99)),
        ms(sorted.get(sorted.size() - 1)));
  }

  private static long at(List<Long> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  String describe() {
    return String.format("n=%d p50=%.1fms p99=%.1fms max=%.1fms", count, p50, p99, max);
  }
}
