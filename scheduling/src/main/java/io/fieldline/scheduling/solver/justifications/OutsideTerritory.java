package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Visit;

/** A visit planned for a technician who does not work in the visit's territory. */
public record OutsideTerritory(String visitId, String technicianId, String territory)
    implements VisitJustification {

  public static OutsideTerritory of(Visit visit) {
    return new OutsideTerritory(
        visit.getId(), visit.getShift().getTechnician().id(), visit.getTerritory());
  }
}
