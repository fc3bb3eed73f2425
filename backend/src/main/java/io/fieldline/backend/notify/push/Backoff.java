package io.fieldline.backend.notify.push;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: {@code base * 2^(attempt-1)}, capped, then scaled by a random
 * factor in [0.8, 1.2) so that messages that failed together do not come back together. A server's
 * Retry-After is a floor.
 */
final class Backoff {
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration max, RandomGenerator random) {
    if (max.isNegative() || max.isZero()) {
      throw new IllegalArgumentException("max back-off must be positive, got " + max);
    }
    this.max = max;
    this.random = random;
  }

  Duration delay(Duration base, int attempt, Duration retryAfter) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }
    long baseMillis = Math.max(1, base.toMillis());
    int doublings = Math.min(attempt - 1, 30);
    long exponential =
        baseMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : baseMillis << doublings;
    long capped = Math.min(exponential, max.toMillis());
    long jittered = Math.round(capped * (0.8 + 0.4 * random.nextDouble()));
    long floor = retryAfter == null ? 0 : retryAfter.toMillis();
    return Duration.ofMillis(Math.max(jittered, floor));
  }
}
