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
          payload(row.getString("payload"), json),
          row.getUUID("actor_user_id"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload object; one stored as a JSON string holding an object is unwrapped. */
  private static JsonNode payload(String text, ObjectMapper json)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    JsonNode node = json.readTree(text);
    if (node.isTextual() && node.asText().startsWith("{")) {
      node = json.readTree(node.asText());
    }
    return node.isObject() ? node : json.createObjectNode();
  }

  /** Where the app opens the record: {@code fieldline://<aggregate type>/<id>}. */
  String link() {
    return "fieldline://" + linkType() + "/" + aggregateId;
  }

  String linkType() {
    return aggregateType.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }
}
