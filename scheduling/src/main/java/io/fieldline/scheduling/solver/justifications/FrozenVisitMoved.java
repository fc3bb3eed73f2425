package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** A committed visit found away from its published technician (the move filter's safety net). */
public record FrozenVisitMoved(String visitId, String publishedTechnicianId, String actualShiftId)
    implements VisitJustification {

  public static FrozenVisitMoved of(Visit visit) {
    return new FrozenVisitMoved(
        visit.getId(),
        visit.getPublished().technicianId(),
        visit.getShift() == null ? null : visit.getShift().getId());
  }
}
