package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** A visit whose service starts after its last usable time window closed. */
public record LateStart(String visitId, long serviceStart, long lateSeconds)
    implements VisitJustification {

  public static LateStart of(Visit visit) {
    return new LateStart(visit.getId(), visit.getServiceStart(), visit.getWindowLateness());
  }
}
