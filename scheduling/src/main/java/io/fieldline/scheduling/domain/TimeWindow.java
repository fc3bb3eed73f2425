package io.fieldline.scheduling.domain;

import java.time.Instant;

/**
 * A closed interval of epoch seconds: a visit's start window, a break or an absence.
 *
 * @param start first second, inclusive
 * @param end last second, inclusive; not before {@code start}
 */
public record TimeWindow(long start, long end) {

  public TimeWindow {
    if (end < start) {
      throw new IllegalArgumentException("time window end " + end + " is before start " + start);
    }
  }

  /** A window between two instants. */
  public static TimeWindow of(Instant start, Instant end) {
    return new TimeWindow(start.getEpochSecond(), end.getEpochSecond());
  }

  /** Whether {@code second} lies in this window. */
  public boolean contains(long second) {
    return start <= second && second <= end;
  }

  /** Whether the half-open span {@code [from, to)} overlaps this window's interior. */
  public boolean overlaps(long from, long to) {
    return from < end && start < to;
  }

  /** Length in seconds. */
  public long seconds() {
    return end - start;
  }
}
