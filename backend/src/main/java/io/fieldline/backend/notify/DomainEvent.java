package io.fieldline.backend.notify;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A state change worth telling someone about (quote approved, visit reassigned, ...), appended to
 * the outbox in the same transaction as the change.
 *
 * @param aggregateType the kind of record that changed, e.g. {@code quote}, {@code visit}
 * @param aggregateId the record
 * @param eventType what happened, e.g. {@code QUOTE_APPROVED}, {@code VISIT_ASSIGNED}
 * @param payload what a notification needs (ids, old and new values); JSON-serialisable values
 * @param actorUserId who caused it, or null for the system
 */
public record DomainEvent(
    String aggregateType,
    UUID aggregateId,
    String eventType,
    Map<String, Object> payload,
    UUID actorUserId) {

  public DomainEvent {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(eventType, "eventType");
    payload = payload == null ? Map.of() : Map.copyOf(payload);
  }
}
