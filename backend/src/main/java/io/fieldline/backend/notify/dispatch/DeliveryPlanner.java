package io.fieldline.backend.notify.dispatch;

import io.fieldline.backend.notify.content.Notice;
import io.fieldline.backend.notify.content.Templates;
import io.fieldline.backend.notify.preferences.NotificationPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which messages one event causes: a notice per device of each {@code notifyUserIds} user
 * (not to the actor, who knows what they did; only for templated event types; deferred to the end
 * of the user's quiet hours unless urgent) and a sync message per device of each {@code
 * syncUserIds} user (never deferred).
 */
@ApplicationScoped
public class DeliveryPlanner {
  private final Templates templates;

  public DeliveryPlanner(Templates templates) {
    this.templates = templates;
  }

  List<PlannedDelivery> plan(OutboxEvent event, List<Recipient> devices, Instant now) {
    Addressing to = Addressing.of(event.payload());
    boolean visible = templates.hasTemplate(event.eventType());
    List<PlannedDelivery> out = new ArrayList<>();
    for (Recipient device : devices) {
      if (visible
          && to.notifyUserIds().contains(device.userId())
          && !device.userId().equals(event.actorUserId())) {
        out.add(notice(event, to, device, now));
      }
      if (to.syncUserIds().contains(device.userId())) {
        out.add(
            new PlannedDelivery(
                device.deviceId(),
                device.userId(),
                DeliveryKind.SYNC,
                to.urgent(),
                null,
                null,
                Map.of(
                    "kind", "sync", "reason", event.eventType(), "eventId", event.id().toString()),
                null));
      }
    }
    return out;
  }

  private PlannedDelivery notice(OutboxEvent event, Addressing to, Recipient device, Instant now) {
    NotificationPreferences prefs = device.preferences();
    Notice notice =
        templates
            .render(event.eventType(), prefs.locale(), prefs.timeZone(), to.fields())
            .orElseThrow();
    Instant notBefore =
        to.urgent() || prefs.quietHours() == null
            ? null
            : prefs.quietHours().deferUntil(now, prefs.timeZone()).orElse(null);
    return new PlannedDelivery(
        device.deviceId(),
        device.userId(),
        DeliveryKind.NOTICE,
        to.urgent(),
        notice.title(),
        notice.body(),
        Map.of(
            "kind", "notice",
            "type", event.eventType(),
            "eventId", event.id().toString(),
            "link", event.link(),
            "aggregateType", event.linkType(),
            "aggregateId", event.aggregateId().toString()),
        notBefore);
  }
}
