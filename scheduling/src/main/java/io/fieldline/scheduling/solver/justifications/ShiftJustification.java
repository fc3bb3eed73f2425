package io.fieldline.scheduling.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A justification that concerns a whole shift or day rather than one visit. */
public sealed interface ShiftJustification extends ConstraintJustification
    permits ShiftOverrun, OverCapacity, WorkloadImbalance {}
