package io.fieldline.backend.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the notification part of a {@link DomainEvent} payload (the contract in
 * backend/docs/notifications.md): who gets a visible notice, whose devices are told to sync,
 * whether it may interrupt quiet hours, and the fields the templates show. Strict: null ids and
 * reserved or malformed field names are refused here, so producers fail in their own tests.
 */
public final class NotificationPayload {
  /** Users who get a visible notification (array of user-id strings). */
  public static final String NOTIFY_USER_IDS = "notifyUserIds";

  /** Users whose devices get a data-only, collapsible "sync now" message. */
  public static final String SYNC_USER_IDS = "syncUserIds";

  /** Boolean: the notice is shown even during the recipient's quiet hours. */
  public static final String URGENT = "urgent";

  private static final Set<String> RESERVED = Set.of(NOTIFY_USER_IDS, SYNC_USER_IDS, URGENT);

  private final Map<String, Object> payload = new LinkedHashMap<>();

  private NotificationPayload() {}

  public static NotificationPayload builder() {
    return new NotificationPayload();
  }

  /** Adds visible-notice recipients. */
  public NotificationPayload notify(Collection<UUID> userIds) {
    return addIds(NOTIFY_USER_IDS, userIds);
  }

  /** Adds users whose devices must sync. */
  public NotificationPayload sync(Collection<UUID> userIds) {
    return addIds(SYNC_USER_IDS, userIds);
  }

  public NotificationPayload urgent(boolean urgent) {
    payload.put(URGENT, urgent);
    return this;
  }

  /** A field the templates may show (text, number, boolean, or an ISO-8601 timestamp string). */
  public NotificationPayload field(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (RESERVED.contains(name) || !name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("Not a usable payload field name: '" + name + "'");
    }
    if (value != null
        && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      throw new IllegalArgumentException(
          "Field " + name + " must be a string, number or boolean, got " + value.getClass());
    }
    payload.put(name, value);
    return this;
  }

  /** The payload map for {@link DomainEvent}. */
  public Map<String, Object> build() {
    Map<String, Object> out = new LinkedHashMap<>();
    payload.forEach(
        (key, value) -> {
          if (value instanceof List<?> list) {
            out.put(key, List.copyOf(list));
          } else if (value != null) {
            out.put(key, value);
          }
        });
    return Map.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private NotificationPayload addIds(String key, Collection<UUID> userIds) {
    Objects.requireNonNull(userIds, key);
    List<String> ids = (List<String>) payload.computeIfAbsent(key, k -> new ArrayList<>());
    for (UUID id : userIds) {
      String value = Objects.requireNonNull(id, key + " must not contain null").toString();
      if (!ids.contains(value)) {
        ids.add(value);
      }
    }
    return this;
  }
}
