package io.fieldline.sync.engine;

import io.fieldline.sync.model.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Server limits and horizons.
 *
 * @param maxMutationsPerPush batch cap; a larger batch gets BATCH_TOO_LARGE (R14)
 * @param maxRequestBytes body cap for push and pull requests (R14)
 * @param maxPageSize the most changes a pull page holds, whatever the client asks (R32)
 * @param retention how long history, tombstones and stored results are kept; at least 90 days (R39)
 * @param futureSkewTolerance device times further ahead of the server clock are flagged (R18)
 * @param retryAfterMillis the retry hint sent with temporary failures (R12)
 * @param conflictRetries in-process retries of a mutation whose transaction lost a race
 * @param mutationsPerTransaction how many consecutive mutations of a batch may share one
 *     transaction (each still claims its sequence, applies and stores its result in it; R10); 1
 *     gives every mutation a transaction of its own
 */
public record EngineConfig(
    int maxMutationsPerPush,
    long maxRequestBytes,
    int maxPageSize,
    Duration retention,
    Duration futureSkewTolerance,
    long retryAfterMillis,
    int conflictRetries,
    int mutationsPerTransaction) {

  /** The shortest retention horizon the protocol allows. */
  public static final Duration MIN_RETENTION = Duration.ofDays(90);

  public EngineConfig {
    Checks.atLeast(maxMutationsPerPush, 1, "maxMutationsPerPush");
    Checks.atLeast(maxRequestBytes, 1024, "maxRequestBytes");
    Checks.atLeast(maxPageSize, 1, "maxPageSize");
    Objects.requireNonNull(retention, "retention must not be null");
    if (retention.compareTo(MIN_RETENTION) < 0) {
      throw new IllegalArgumentException("retention must be at least 90 days but was " + retention);
    }
    Objects.requireNonNull(futureSkewTolerance, "futureSkewTolerance must not be null");
    Checks.atLeast(retryAfterMillis, 0, "retryAfterMillis");
    Checks.atLeast(conflictRetries, 0, "conflictRetries");
    Checks.atLeast(mutationsPerTransaction, 1, "mutationsPerTransaction");
  }

  /**
   * 500 mutations, 1 MiB, pages of 1,000, 90 days, 10 minutes, 1 s hint, 2 retries, up to 20
   * mutations per transaction.
   */
  public static EngineConfig defaults() {
    return new EngineConfig(
        500, 1024 * 1024, 1000, MIN_RETENTION, Duration.ofMinutes(10), 1000, 2, 20);
  }

  /** A copy with another batch cap. */
  public EngineConfig withMaxMutationsPerPush(int value) {
    return new EngineConfig(
        value,
        maxRequestBytes,
        maxPageSize,
        retention,
        futureSkewTolerance,
        retryAfterMillis,
        conflictRetries,
        mutationsPerTransaction);
  }

  /** A copy with another body cap. */
  public EngineConfig withMaxRequestBytes(long value) {
    return new EngineConfig(
        maxMutationsPerPush,
        value,
        maxPageSize,
        retention,
        futureSkewTolerance,
        retryAfterMillis,
        conflictRetries,
        mutationsPerTransaction);
  }

  /** A copy with another page cap. */
  public EngineConfig withMaxPageSize(int value) {
    return new EngineConfig(
        maxMutationsPerPush,
        maxRequestBytes,
        value,
        retention,
        futureSkewTolerance,
        retryAfterMillis,
        conflictRetries,
        mutationsPerTransaction);
  }

  /** A copy with another retention horizon. */
  public EngineConfig withRetention(Duration value) {
    return new EngineConfig(
        maxMutationsPerPush,
        maxRequestBytes,
        maxPageSize,
        value,
        futureSkewTolerance,
        retryAfterMillis,
        conflictRetries,
        mutationsPerTransaction);
  }

  /** A copy with another number of mutations per transaction. */
  public EngineConfig withMutationsPerTransaction(int value) {
    return new EngineConfig(
        maxMutationsPerPush,
        maxRequestBytes,
        maxPageSize,
        retention,
        futureSkewTolerance,
        retryAfterMillis,
        conflictRetries,
        value);
  }
}
