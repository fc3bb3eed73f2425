package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** A published visit now planned for a different technician than was communicated. */
public record TechnicianChanged(
    String visitId, String publishedTechnicianId, String plannedTechnicianId)
    implements VisitJustification {

  public static TechnicianChanged of(Visit visit) {
    return new TechnicianChanged(
        visit.getId(), visit.getPublished().technicianId(), visit.getShift().getTechnician().id());
  }
}
