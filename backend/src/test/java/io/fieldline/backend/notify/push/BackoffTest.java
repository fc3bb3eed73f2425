package io.fieldline.backend.notify.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofHours(1), new Random(42));

  @Test
  void doublesPerAttemptWithinTwentyPercentJitter() {
    for (int attempt = 1; attempt <= 6; attempt++) {
      long expected = 60_000L << (attempt - 1);
      for (int i = 0; i < 200; i++) {
        long delay = backoff.delay(Duration.ofMinutes(1), attempt, null).toMillis();
        assertThat(delay).isBetween(Math.round(expected * 0.8), Math.round(expected * 1.2));
      }
    }
  }

  @Test
  void jitterSpreadsMessagesThatFailedTogether() {
    long distinct =
        java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> backoff.delay(Duration.ofMinutes(1), 1, null))
            .distinct()
            .count();
    assertThat(distinct).isGreaterThan(40);
  }

  @Test
  void isCappedAtTheMaximumEvenForHugeAttemptNumbers() {
    assertThat(backoff.delay(Duration.ofMinutes(1), 1_000, null))
        .isLessThanOrEqualTo(Duration.ofMinutes(72));
    assertThat(backoff.delay(Duration.ofDays(365), 2, null))
        .isLessThanOrEqualTo(Duration.ofMinutes(72));
  }

  @Test
  void retryAfterIsAFloor() {
    assertThat(backoff.delay(Duration.ofSeconds(10), 1, Duration.ofMinutes(5)))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(backoff.delay(Duration.ofMinutes(1), 3, Duration.ofSeconds(1)))
        .isGreaterThan(Duration.ofMinutes(3));
  }

  @Test
  void refusesAttemptZero() {
    assertThatThrownBy(() -> backoff.delay(Duration.ofMinutes(1), 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempt");
  }
}
