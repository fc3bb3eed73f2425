package io.fieldline.scheduling.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A justification that concerns one visit; the per-assignment breakdown groups by it. */
public sealed interface VisitJustification extends ConstraintJustification
    permits MissingSkills,
        OutsideTerritory,
        LateStart,
        FrozenVisitMoved,
        UnassignedVisit,
        TravelLeg,
        SlaMissed,
        NotPreferredTechnician,
        TechnicianChanged,
        PromiseBroken {

  /** The visit concerned. */
  String visitId();
}
