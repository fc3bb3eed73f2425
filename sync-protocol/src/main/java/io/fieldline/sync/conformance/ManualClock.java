package io.fieldline.sync.conformance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A UTC clock that only moves when told to; for vectors and tests. Thread-safe. */
public final class ManualClock extends Clock {

  private volatile Instant now;

  /** A clock reading {@code start}. */
  public ManualClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start must not be null");
  }

  /** Sets the time. */
  public void set(Instant instant) {
    this.now = Objects.requireNonNull(instant, "instant must not be null");
  }

  /** Moves the time forward (or back, for a negative duration). */
  public void advance(Duration duration) {
    this.now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone)) {
      throw new UnsupportedOperationException("ManualClock is UTC only");
    }
    return this;
  }
}
