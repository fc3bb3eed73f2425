package io.fieldline.backend.notify.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.backend.notify.NotificationPayload;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The notification part of an event payload, read leniently: malformed user ids are skipped, {@code
 * urgent} is true only for JSON true (or "true"), and every top-level scalar becomes a template
 * field.
 */
record Addressing(
    Set<UUID> notifyUserIds, Set<UUID> syncUserIds, boolean urgent, Map<String, String> fields) {

  static Addressing of(JsonNode payload) {
    Map<String, String> fields = new HashMap<>();
    payload
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                fields.put(e.getKey(), e.getValue().asText());
              }
            });
    JsonNode urgent = payload.path(NotificationPayload.URGENT);
    return new Addressing(
        ids(payload.path(NotificationPayload.NOTIFY_USER_IDS)),
        ids(payload.path(NotificationPayload.SYNC_USER_IDS)),
        urgent.asBoolean(false) && (urgent.isBoolean() || urgent.isTextual()),
        Map.copyOf(fields));
  }

  boolean addressesAnyone() {
    return !notifyUserIds.isEmpty() || !syncUserIds.isEmpty();
  }

  Set<UUID> everyone() {
    Set<UUID> all = new LinkedHashSet<>(notifyUserIds);
    all.addAll(syncUserIds);
    return all;
  }

  private static Set<UUID> ids(JsonNode array) {
    Set<UUID> ids = new LinkedHashSet<>();
    if (array.isArray()) {
      for (JsonNode item : array) {
        try {
          ids.add(UUID.fromString(item.asText()));
        } catch (IllegalArgumentException e) {
          // lenient when consuming: a malformed id addresses nobody
        }
      }
    }
    return Set.copyOf(ids);
  }
}
