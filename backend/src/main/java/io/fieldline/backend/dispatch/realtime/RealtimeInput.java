package io.fieldline.backend.dispatch.realtime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;

/**
 * A real-time change to a territory's day.
 *
 * @param kind URGENT_VISIT (workOrderId, at: earliest start), TECHNICIAN_UNAVAILABLE (technicianId,
 *     at: from when), OVERRUN (visitId, expectedFinish), CANCELLATION (visitId)
 * @param at "now" of the change; visits starting before it are committed (default: now)
 */
@Input("RealtimeChangeInput")
public record RealtimeInput(
    String territoryId,
    LocalDate day,
    RealtimeKind kind,
    String workOrderId,
    String visitId,
    String technicianId,
    OffsetDateTime at,
    OffsetDateTime expectedFinish) {}
