package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.Visit;

/** A visit left in the day's unassigned bucket. */
public record UnassignedVisit(String visitId, Priority priority) implements VisitJustification {

  public static UnassignedVisit of(Visit visit) {
    return new UnassignedVisit(visit.getId(), visit.getPriority());
  }
}
