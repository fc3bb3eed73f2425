package io.fieldline.backend.notify.preferences;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A daily quiet period in the user's local time, from {@code start} (inclusive) to {@code end}
 * (exclusive); it wraps midnight when {@code end} is before {@code start} (22:00-07:00).
 */
public record QuietHours(LocalTime start, LocalTime end) {
  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("quiet hours must not start and end at " + start);
    }
  }

  /** When {@code now} falls in the quiet period: the instant it ends; else empty. */
  public Optional<Instant> deferUntil(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    boolean quiet =
        start.isBefore(end)
            ? !time.isBefore(start) && time.isBefore(end)
            : !time.isBefore(start) || time.isBefore(end);
    if (!quiet) {
      return Optional.empty();
    }
    ZonedDateTime until = ZonedDateTime.of(local.toLocalDate(), end, zone);
    if (!until.toInstant().isAfter(now)) {
      until = ZonedDateTime.of(local.toLocalDate().plusDays(1), end, zone);
    }
    return Optional.of(until.toInstant());
  }
}
