package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** A visit planned for someone other than the customer's preferred technician. */
public record NotPreferredTechnician(
    String visitId, String preferredTechnicianId, String plannedTechnicianId)
    implements VisitJustification {

  public static NotPreferredTechnician of(Visit visit) {
    return new NotPreferredTechnician(
        visit.getId(), visit.getPreferredTechnicianId(), visit.getShift().getTechnician().id());
  }
}
