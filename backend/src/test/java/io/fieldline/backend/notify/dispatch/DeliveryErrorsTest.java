package io.fieldline.backend.notify.dispatch;

import static io.fieldline.backend.support.firebase.FakeGoogle.fcmError;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.notify.NotifyFixtures;
import io.fieldline.backend.support.notify.NotifyFixtures.Delivery;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What FCM's error answers do to deliveries and device tokens. */
@QuarkusTest
class DeliveryErrorsTest {
  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject DevTokenVerifier tokens;
  @Inject FakeGoogle google;
  @Inject NotificationDispatcher dispatcher;

  private NotifyFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new NotifyFixtures(pool, events, tokens);
  }

  private void run() {
    dispatcher.runOnce().await().atMost(Duration.ofSeconds(60));
  }

  private UUID notice(UUID user) {
    return fx.publish(
        new DomainEvent(
            "quote",
            UUID.randomUUID(),
            "QUOTE_APPROVED",
            NotificationPayload.builder().notify(List.of(user)).field("number", "Q-7").build(),
            null));
  }

  @Test
  void unregisteredDeletesTheTokenAndTheNextEventSendsNothingToIt() {
    tokenIsDeletedOn(404, "UNREGISTERED");
  }

  @Test
  void senderIdMismatchDeletesTheTokenAndTheNextEventSendsNothingToIt() {
    tokenIsDeletedOn(403, "SENDER_ID_MISMATCH");
  }

  private void tokenIsDeletedOn(int status, String code) {
    UUID rep = fx.newUser("Gone " + code);
    String token = "fcm-" + UUID.randomUUID();
    UUID device = fx.device(rep, token);
    google.scriptFcmFor(token, fcmError(status, code));

    UUID first = notice(rep);
    run();
    Delivery dropped = fx.awaitState(first, "NOTICE", "DROPPED");

    assertThat(dropped.lastError()).contains(code);
    assertThat(fx.fcmToken(device)).isNull();
    UUID second = notice(rep);
    run();
    NotifyFixtures.await("second event planned", () -> fx.planned(second));
    run();
    assertThat(fx.deliveries(second)).isEmpty();
    assertThat(google.fcmRequestsTo(token)).hasSize(1);
  }

  @Test
  void quotaExceededIsRetriedAfterAboutAMinuteThenDeliveredOnce() {
    retriedThenDeliveredOnce(fcmError(429, "QUOTA_EXCEEDED"), 45_000, 72_000);
  }

  @Test
  void internalServerErrorIsRetriedLaterThenDeliveredOnce() {
    retriedThenDeliveredOnce(fcmError(500, "INTERNAL"), 6_000, 12_000);
  }

  private void retriedThenDeliveredOnce(
      com.google.api.client.testing.http.MockLowLevelHttpResponse error, long min, long max) {
    UUID rep = fx.newUser("Patient");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(rep, token);
    google.scriptFcmFor(token, error);

    UUID event = notice(rep);
    run();
    Delivery waiting = fx.awaitState(event, "NOTICE", "RETRY");

    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.dueInMillis()).isBetween(min, max);
    run(); // not due yet: nothing is sent
    assertThat(google.fcmRequestsTo(token)).hasSize(1);

    fx.makeDue(waiting.id());
    run();
    Delivery sent = fx.awaitState(event, "NOTICE", "SENT");

    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.lastError()).isNull();
    run();
    assertThat(google.fcmRequestsTo(token)).hasSize(2);
    assertThat(google.fcmRequestsTo(token).get(1).body())
        .isEqualTo(google.fcmRequestsTo(token).get(0).body());
  }

  @Test
  void invalidArgumentIsAPermanentFailureThatIsNotRetried() {
    UUID rep = fx.newUser("Malformed");
    String token = "fcm-" + UUID.randomUUID();
    UUID device = fx.device(rep, token);
    google.scriptFcmFor(token, fcmError(400, "INVALID_ARGUMENT"));

    UUID event = notice(rep);
    run();
    Delivery failed = fx.awaitState(event, "NOTICE", "FAILED");

    assertThat(failed.lastError()).contains("INVALID_ARGUMENT");
    fx.makeDue(failed.id());
    run();
    assertThat(google.fcmRequestsTo(token)).hasSize(1);
    assertThat(fx.fcmToken(device)).isEqualTo(token);
  }

  @Test
  void aTokenThatMovedToAnotherDeviceDoesNotGetTheSameEventTwice() {
    UUID tech = fx.newUser("Reinstalled");
    String token = "fcm-" + UUID.randomUUID();
    String other = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    UUID second = fx.device(tech, other);
    google.scriptFcmFor(other, fcmError(500, "INTERNAL"));
    UUID event = notice(tech);
    run();
    NotifyFixtures.await(
        "one sent, one waiting", () -> states(event).equals(List.of("RETRY", "SENT")));

    // the app was reinstalled: the second device now registers the first one's token
    Map<String, Object> input = new HashMap<>();
    input.put("id", second.toString());
    input.put("name", "Test phone");
    input.put("platform", "ANDROID");
    input.put("fcmToken", token);
    io.fieldline.backend.support.Gql.post(
        fx.bearer(tech), "identity/register-device", Map.of("input", input));
    fx.deliveries(event).stream()
        .filter(d -> d.state().equals("RETRY"))
        .forEach(d -> fx.makeDue(d.id()));
    run();

    NotifyFixtures.await("dropped", () -> states(event).equals(List.of("DROPPED", "SENT")));
    assertThat(google.fcmRequestsTo(token)).hasSize(1);
    assertThat(fx.deliveries(event))
        .filteredOn(d -> d.state().equals("DROPPED"))
        .extracting(Delivery::lastError)
        .containsExactly("token already received this event");
  }

  private List<String> states(UUID event) {
    return fx.deliveries(event).stream().map(Delivery::state).sorted().toList();
  }
}
