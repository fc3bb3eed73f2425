package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** A visit whose service ends after its SLA due time. */
public record SlaMissed(String visitId, long slaDue, long lateSeconds)
    implements VisitJustification {

  public static SlaMissed of(Visit visit) {
    return new SlaMissed(visit.getId(), visit.getSlaDue(), visit.getSlaLateness());
  }
}
