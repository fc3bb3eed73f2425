package io.fieldline.backend.notify.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Row;
import java.io.UncheckedIOException;
import java.util.UUID;

/** A domain event as the dispatcher reads it from the outbox. */
record OutboxEvent(
    UUID id,
    long seq,
    String txid,
    String aggregateType,
    UUID aggregateId,
    String eventType,
    JsonNode payload,
    UUID actorUserId) {

  static OutboxEvent of(Row row, ObjectMapper json) {
    try {
      return new OutboxEvent(
          row.getUUID("id"),
          row.getLong("seq"),
          row.getString("txid"),
          row.getString("aggregate_type"),
          row.getUUID("aggregate_id"),
          row.getString("event_type"),
          json.readTree(row.getString("payload")),
          row.getUUID("actor_user_id"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the app opens the record: {@code fieldline://<aggregate type>/<id>}. */
  String link() {
    return "fieldline://" + linkType() + "/" + aggregateId;
  }

  String linkType() {
    return aggregateType.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }
}
