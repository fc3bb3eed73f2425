package io.fieldline.backend.harness;

import java.util.Random;

/** Exponential back-off with full jitter, 50 ms doubling up to 2 s (R12: never a tight loop). */
final class Backoff {
  private final Random random;
  private long ceiling = 50;

  Backoff(Random random) {
    this.random = random;
  }

  void pause() {
    Sleep.millis(1 + (long) (random.nextDouble() * ceiling));
    ceiling = Math.min(2000, ceiling * 2);
  }

  void reset() {
    ceiling = 50;
  }
}
