package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * A real-time change to a running plan. Every change leaves pinned (committed) visits where they
 * are, and unplaces the visits it displaces so the construction heuristic re-inserts each at its
 * best position before local search resumes.
 */
public sealed interface DispatchChange extends ProblemChange<DispatchPlan>
    permits UrgentVisit,
        TechnicianUnavailable,
        VisitOverrun,
        VisitCancelled,
        VisitDoneEarly,
        VisitStarted {}
