package io.fieldline.backend.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures shared by a run's devices: push and pull latencies of answered requests, failed attempts,
 * and the recovery time from a heal (service ready, partition over) to the next answered push.
 */
public final class Metrics {
  private final List<Long> pushNanos = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> pullNanos = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> recoveries = Collections.synchronizedList(new ArrayList<>());
  final AtomicLong failedAttempts = new AtomicLong();
  final AtomicLong retryHints = new AtomicLong();
  final AtomicLong refusals = new AtomicLong();
  final AtomicLong checksumMismatches = new AtomicLong();
  private final AtomicLong healedAt = new AtomicLong();

  void push(long nanos) {
    pushNanos.add(nanos);
    answered();
  }

  void pull(long nanos) {
    pullNanos.add(nanos);
  }

  /** The fault is over (service ready again, partition ended) at this moment. */
  public void healed() {
    healedAt.set(System.nanoTime());
  }

  private void answered() {
    long h = healedAt.get();
    if (h != 0 && healedAt.compareAndSet(h, 0)) {
      recoveries.add(System.nanoTime() - h);
    }
  }

  public long pushes() {
    return pushNanos.size();
  }

  public long failedAttempts() {
    return failedAttempts.get();
  }

  public long refusals() {
    return refusals.get();
  }

  public long checksumMismatches() {
    return checksumMismatches.get();
  }

  /** "p50=.. p99=.. max=.." in milliseconds. */
  public String pushLatency() {
    return Percentiles.of(pushNanos).describe();
  }

  public String pullLatency() {
    return Percentiles.of(pullNanos).describe();
  }

  /** Recovery times after heals: count, p50 and max, in milliseconds. */
  public String recovery() {
    if (recoveries.isEmpty()) {
      return "n/a";
    }
    return recoveries.size() + " heals, " + Percentiles.of(recoveries).describe();
  }
}
