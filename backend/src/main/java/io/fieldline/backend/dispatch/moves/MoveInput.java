package io.fieldline.backend.dispatch.moves;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;

/**
 * A manual move of one planned service visit.
 *
 * @param visitId the visit (SCHEDULED or DISPATCHED)
 * @param technicianId the new technician (may be the same); null unassigns the visit (it is
 *     cancelled and its work order goes back to the queue)
 * @param start the new scheduled start; null keeps the current one
 * @param version the visit's version the dispatcher saw; required to save, a different one gets
 *     PLAN_STALE
 */
@Input("VisitMoveInput")
public record MoveInput(String visitId, String technicianId, OffsetDateTime start, Long version) {}
