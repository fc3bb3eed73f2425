package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When a visit is planned: its start and duration, and the arrival window promised to the customer
 * (which contains the start).
 */
public record Schedule(
    OffsetDateTime start,
    int durationMinutes,
    OffsetDateTime windowStart,
    OffsetDateTime windowEnd) {

  public Schedule {
    if (start == null) {
      throw ApiException.invalid("scheduledStart", "scheduledStart is required");
    }
    if (durationMinutes < 5 || durationMinutes > 1440) {
      throw ApiException.invalid("durationMinutes", "durationMinutes must be between 5 and 1440");
    }
    if (windowStart == null) {
      windowStart = start;
    }
    if (windowEnd == null) {
      windowEnd = windowStart.plusHours(2);
    }
    if (!windowEnd.isAfter(windowStart)) {
      throw ApiException.invalid("arrivalWindowEnd", "the arrival window must end after it starts");
    }
    if (start.isBefore(windowStart) || start.isAfter(windowEnd)) {
      throw ApiException.invalid("scheduledStart", "scheduledStart must lie in the arrival window");
    }
  }

  /** When the planned work ends. */
  public OffsetDateTime end() {
    return start.plus(Duration.ofMinutes(durationMinutes));
  }
}
