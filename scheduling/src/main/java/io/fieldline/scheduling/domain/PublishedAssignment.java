package io.fieldline.scheduling.domain;

import java.util.Objects;

/**
 * What a visit's customer and technician were last told: who comes and when.
 *
 * @param technicianId the technician communicated
 * @param start the communicated start, epoch seconds
 * @param promisedWindow the window the start was promised within; leaving it is a disruption
 */
public record PublishedAssignment(String technicianId, long start, TimeWindow promisedWindow) {

  public PublishedAssignment {
    Objects.requireNonNull(technicianId, "technicianId");
    Objects.requireNonNull(promisedWindow, "promisedWindow");
    if (!promisedWindow.contains(start)) {
      throw new IllegalArgumentException(
          "published start " + start + " lies outside its promised window " + promisedWindow);
    }
  }

  /** A published start promised within {@code toleranceSeconds} either side. */
  public static PublishedAssignment withTolerance(
      String technicianId, long start, long toleranceSeconds) {
    return new PublishedAssignment(
        technicianId, start, new TimeWindow(start - toleranceSeconds, start + toleranceSeconds));
  }

  /** Whether a planned start keeps the promise. */
  public boolean keptBy(long plannedStart) {
    return promisedWindow.contains(plannedStart);
  }
}
