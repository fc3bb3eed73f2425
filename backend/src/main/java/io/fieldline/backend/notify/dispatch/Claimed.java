package io.fieldline.backend.notify.dispatch;

import com.google.firebase.messaging.Message;
import io.fieldline.backend.notify.push.PushMessages;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery reserved for sending by this instance (its lease runs until {@code next_attempt_at}).
 *
 * @param attempt this attempt's number, 1 for the first
 * @param token the device's push token as read when claiming
 */
record Claimed(
    UUID id,
    UUID deviceId,
    DeliveryKind kind,
    boolean urgent,
    String title,
    String body,
    Map<String, String> data,
    int attempt,
    String token) {

  Message message() {
    if (kind == DeliveryKind.SYNC) {
      return PushMessages.sync(token, data, urgent);
    }
    String eventId = data.get("eventId");
    String thread = data.get("aggregateType") + ":" + data.get("aggregateId");
    return PushMessages.notice(token, title, body, data, eventId, thread);
  }
}
