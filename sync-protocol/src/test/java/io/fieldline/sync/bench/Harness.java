package io.fieldline.sync.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A plain measuring harness: warm-up rounds, then measured rounds; reports the median and the range
 * of a throughput. Each round returns a value that is folded into {@link #sink} so the JIT cannot
 * drop the work.
 */
final class Harness {

  static long sink;

  private Harness() {}

  /**
   * Runs {@code round} (which does {@code unitsPerRound} units of work) and prints units/s.
   *
   * @return the median units per second
   */
  static double measure(
      String name, String unit, long unitsPerRound, int warmups, int rounds, LongSupplier round) {
    for (int i = 0; i < warmups; i++) {
      sink += round.getAsLong();
    }
    List<Double> rates = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      sink += round.getAsLong();
      double seconds = (System.nanoTime() - start) / 1e9;
      rates.add(unitsPerRound / seconds);
    }
    Collections.sort(rates);
    double median = rates.get(rates.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "%-44s %,14.0f %s/s  (min %,.0f, max %,.0f; %d rounds after %d warm-up)%n",
        name,
        median,
        unit,
        rates.get(0),
        rates.get(rates.size() - 1),
        rounds,
        warmups);
    return median;
  }
}
