package io.fieldline.backend.notify.dispatch;

import static io.fieldline.backend.support.notify.NotifyFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.firebase.FakeGoogle.FcmRequest;
import io.fieldline.backend.support.notify.NotifyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact FCM v1 requests the dispatcher makes for an event, and who gets which message. */
@QuarkusTest
class NoticeAndSyncMessagesTest {
  static final String FCM_URL =
      "https://fcm.googleapis.com/v1/projects/fieldline-test/messages:send";
  static final UUID DISPATCHER = DemoUsers.id(DemoIdentity.ACME, "dispatcher");

  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject DevTokenVerifier tokens;
  @Inject FakeGoogle google;
  @Inject NotificationDispatcher dispatcher;
  @Inject ObjectMapper json;

  private NotifyFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new NotifyFixtures(pool, events, tokens);
  }

  private void run() {
    dispatcher.runOnce().await().atMost(Duration.ofSeconds(60));
  }

  private JsonNode body(FcmRequest request) {
    try {
      return json.readTree(request.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private FcmRequest requestOfKind(String token, String kind) {
    List<FcmRequest> matching =
        google.fcmRequestsTo(token).stream()
            .filter(r -> body(r).at("/message/data/kind").asText().equals(kind))
            .toList();
    assertThat(matching).as("%s requests to %s", kind, token).hasSize(1);
    return matching.get(0);
  }

  @Test
  void aVisitAssignmentIsAGermanNoticeWithDeepLinkAndACollapsibleSyncMessage() throws Exception {
    UUID tech = fx.newUser("Tina Technikerin");
    fx.preferences(tech, "de", "Europe/Berlin", null, null);
    String token = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    UUID visit = UUID.randomUUID();
    UUID event =
        fx.publish(
            new DomainEvent(
                "visit",
                visit,
                "VISIT_ASSIGNED",
                NotificationPayload.builder()
                    .notify(List.of(tech))
                    .sync(List.of(tech))
                    .field("customerName", "Bäckerei Müller")
                    .field("scheduledStart", "2026-03-03T08:00:00Z")
                    .build(),
                DISPATCHER));

    run();
    await("two messages", () -> google.fcmRequestsTo(token).size() == 2);

    FcmRequest notice = requestOfKind(token, "notice");
    assertThat(notice.url()).isEqualTo(FCM_URL);
    assertThat(body(notice))
        .isEqualTo(
            json.readTree(
                """
                {"message": {
                  "token": "%1$s",
                  "notification": {"title": "Neuer Einsatz zugewiesen",
                                   "body": "Bäckerei Müller, 03.03.2026, 09:00"},
                  "data": {"kind": "notice", "type": "VISIT_ASSIGNED", "eventId": "%2$s",
                           "link": "fieldline://visit/%3$s", "aggregateType": "visit",
                           "aggregateId": "%3$s"},
                  "android": {"priority": "high", "ttl": "86400s",
                              "notification": {"tag": "%2$s", "channel_id": "fieldline-updates"}},
                  "apns": {"headers": {"apns-priority": "10", "apns-push-type": "alert",
                                       "apns-collapse-id": "%2$s"},
                           "payload": {"aps": {"sound": "default", "thread-id": "visit:%3$s"}}}
                }}
                """
                    .formatted(token, event, visit)));

    FcmRequest sync = requestOfKind(token, "sync");
    assertThat(sync.url()).isEqualTo(FCM_URL);
    assertThat(body(sync))
        .isEqualTo(
            json.readTree(
                """
                {"message": {
                  "token": "%1$s",
                  "data": {"kind": "sync", "reason": "VISIT_ASSIGNED", "eventId": "%2$s"},
                  "android": {"collapse_key": "sync", "priority": "normal", "ttl": "3600s"},
                  "apns": {"headers": {"apns-priority": "5", "apns-push-type": "background",
                                       "apns-collapse-id": "sync"},
                           "payload": {"aps": {"content-available": 1}}}
                }}
                """
                    .formatted(token, event)));

    fx.awaitState(event, "NOTICE", "SENT");
    assertThat(fx.awaitState(event, "SYNC", "SENT").attempts()).isEqualTo(1);
  }

  @Test
  void everyDeviceOfARecipientGetsOneAndUrgentSyncIsHighPriority() {
    UUID tech = fx.newUser("Two Phones");
    String phone = "fcm-" + UUID.randomUUID();
    String tablet = "fcm-" + UUID.randomUUID();
    fx.device(tech, phone);
    fx.device(tech, tablet);
    fx.device(tech, null); // no token: nothing to send to
    UUID event =
        fx.publish(
            new DomainEvent(
                "work_order",
                UUID.randomUUID(),
                "SLA_AT_RISK",
                NotificationPayload.builder()
                    .notify(List.of(tech))
                    .sync(List.of(tech))
                    .urgent(true)
                    .build(),
                null));

    run();
    await(
        "four messages",
        () -> google.fcmRequestsTo(phone).size() + google.fcmRequestsTo(tablet).size() == 4);

    assertThat(fx.deliveries(event)).hasSize(4);
    assertThat(body(requestOfKind(tablet, "sync")).at("/message/android/priority").asText())
        .isEqualTo("high");
    assertThat(body(requestOfKind(phone, "notice")).at("/message/notification/title").asText())
        .isEqualTo("SLA at risk");
  }

  @Test
  void anUnknownEventTypeOnlySyncs() {
    UUID rep = fx.newUser("Rita");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(rep, token);
    UUID event =
        fx.publish(
            new DomainEvent(
                "account",
                UUID.randomUUID(),
                "ACCOUNT_MERGED",
                NotificationPayload.builder().notify(List.of(rep)).sync(List.of(rep)).build(),
                DISPATCHER));

    run();
    fx.awaitState(event, "SYNC", "SENT");

    assertThat(fx.deliveries(event))
        .extracting(NotifyFixtures.Delivery::kind)
        .containsExactly("SYNC");
    assertThat(google.fcmRequestsTo(token)).hasSize(1);
  }

  @Test
  void theActorGetsNoNoticeAboutTheirOwnChangeButTheirDevicesSync() {
    UUID actor = fx.newUser("Self Service");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(actor, token);
    UUID event =
        fx.publish(
            new DomainEvent(
                "visit",
                UUID.randomUUID(),
                "VISIT_RESCHEDULED",
                NotificationPayload.builder().notify(List.of(actor)).sync(List.of(actor)).build(),
                actor));

    run();
    fx.awaitState(event, "SYNC", "SENT");

    assertThat(fx.deliveries(event))
        .extracting(NotifyFixtures.Delivery::kind)
        .containsExactly("SYNC");
  }

  @Test
  void wakeDeliversWithoutAnExplicitRun() {
    UUID tech = fx.newUser("Prompt");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    fx.publish(
        new DomainEvent(
            "visit",
            UUID.randomUUID(),
            "VISIT_CANCELLED",
            NotificationPayload.builder().notify(List.of(tech)).build(),
            DISPATCHER));

    dispatcher.wake(NotifyFixtures.ACME);

    await("notice after wake", () -> google.fcmRequestsTo(token).size() == 1);
    assertThat(body(google.fcmRequestsTo(token).get(0)).at("/message/notification/body").asText())
        .isEqualTo("A visit on your schedule was cancelled");
  }
}
