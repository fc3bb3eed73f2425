package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.Schedule;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * When a visit happens: start and duration, and the arrival window promised to the customer
 * (defaults: from the start, two hours long).
 */
@Input("VisitScheduleInput")
public record VisitScheduleInput(
    @NonNull OffsetDateTime scheduledStart,
    int durationMinutes,
    OffsetDateTime arrivalWindowStart,
    OffsetDateTime arrivalWindowEnd) {

  public Schedule toSchedule() {
    return new Schedule(scheduledStart, durationMinutes, arrivalWindowStart, arrivalWindowEnd);
  }
}
