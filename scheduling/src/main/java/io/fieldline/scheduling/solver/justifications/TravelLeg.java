package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** Driving to a visit, plus the drive back to the shift's end when it is the last stop. */
public record TravelLeg(String visitId, String technicianId, long toVisitSeconds, long homeSeconds)
    implements VisitJustification {

  public static TravelLeg of(Visit visit) {
    return new TravelLeg(
        visit.getId(),
        visit.getShift().getTechnician().id(),
        visit.getTravelFromPrevious(),
        visit.getTravelToEnd());
  }
}
