package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;

/** A published visit whose planned start left the window promised to the customer. */
public record PromiseBroken(
    String visitId, TimeWindow promisedWindow, long plannedStart, long secondsOutside)
    implements VisitJustification {

  public static PromiseBroken of(Visit visit) {
    return new PromiseBroken(
        visit.getId(),
        visit.getPublished().promisedWindow(),
        visit.getServiceStart(),
        visit.getPromiseBreach());
  }
}
