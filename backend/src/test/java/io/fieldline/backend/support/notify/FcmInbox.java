package io.fieldline.backend.support.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.support.firebase.FakeGoogle;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The FCM v1 requests {@link FakeGoogle} received for a token, read as JSON, and the exact body of
 * a visible notice as backend/docs/notifications.md specifies it.
 */
public final class FcmInbox {
  private final FakeGoogle google;
  private final ObjectMapper json;

  public FcmInbox(FakeGoogle google, ObjectMapper json) {
    this.google = google;
    this.json = json;
  }

  /** The bodies of the messages of {@code kind} (notice, sync) sent to {@code token}. */
  public List<JsonNode> messages(String token, String kind) {
    return google.fcmRequestsTo(token).stream()
        .map(r -> read(r.body()))
        .filter(b -> b.at("/message/data/kind").asText().equals(kind))
        .toList();
  }

  /** The body of a notice of event {@code eventId} about {@code aggregateType/aggregateId}. */
  public JsonNode notice(
      String token,
      String eventId,
      String eventType,
      String aggregateType,
      String aggregateId,
      String title,
      String body) {
    Map<String, Object> data =
        Map.of(
            "kind", "notice",
            "type", eventType,
            "eventId", eventId,
            "link", "fieldline://" + aggregateType + "/" + aggregateId,
            "aggregateType", aggregateType,
            "aggregateId", aggregateId);
    Map<String, Object> android =
        Map.of(
            "priority",
            "high",
            "ttl",
            "86400s",
            "notification",
            Map.of("tag", eventId, "channel_id", "fieldline-updates"));
    Map<String, Object> apns =
        Map.of(
            "headers",
            Map.of("apns-priority", "10", "apns-push-type", "alert", "apns-collapse-id", eventId),
            "payload",
            Map.of(
                "aps", Map.of("sound", "default", "thread-id", aggregateType + ":" + aggregateId)));
    return json.valueToTree(
        Map.of(
            "message",
            Map.of(
                "token",
                token,
                "notification",
                Map.of("title", title, "body", body),
                "data",
                data,
                "android",
                android,
                "apns",
                apns)));
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
