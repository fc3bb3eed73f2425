package io.fieldline.backend.notify.dispatch;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery row about to be written.
 *
 * @param notBefore when it may be sent (end of quiet hours), or null for now
 */
record PlannedDelivery(
    UUID deviceId,
    UUID userId,
    DeliveryKind kind,
    boolean urgent,
    String title,
    String body,
    Map<String, String> data,
    Instant notBefore) {}
