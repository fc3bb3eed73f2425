package io.fieldline.sync.engine;

import io.fieldline.sync.wire.Notice;
import java.time.Instant;
import java.util.Set;

/**
 * Device time is metadata only (R18): it is flagged when more than the tolerance ahead of the
 * server clock, or further behind than the retention horizon, and never used for ordering.
 */
final class ClockSkew {

  private ClockSkew() {}

  static Set<Notice> notices(Instant deviceTime, Instant now, EngineConfig config) {
    boolean ahead = deviceTime.isAfter(now.plus(config.futureSkewTolerance()));
    boolean behind = deviceTime.isBefore(now.minus(config.retention()));
    return ahead || behind ? Set.of(Notice.DEVICE_CLOCK_SKEW) : Set.of();
  }
}
