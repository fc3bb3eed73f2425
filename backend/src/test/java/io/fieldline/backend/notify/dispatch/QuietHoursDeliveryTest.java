package io.fieldline.backend.notify.dispatch;

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
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quiet hours hold back non-urgent notices until they end; urgent notices and syncs go now. */
@QuarkusTest
class QuietHoursDeliveryTest {
  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject DevTokenVerifier tokens;
  @Inject FakeGoogle google;
  @Inject NotificationDispatcher dispatcher;

  private NotifyFixtures fx;
  private UUID tech;
  private String token;
  private Instant quietEnd;

  /** A user whose quiet hours (UTC) began an hour ago and end in an hour. */
  @BeforeEach
  void userInQuietHours() {
    fx = new NotifyFixtures(pool, events, tokens);
    tech = fx.newUser("Sleepy");
    token = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    LocalTime start = LocalTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneOffset.UTC);
    LocalTime end = LocalTime.ofInstant(now.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    quietEnd = now.plus(Duration.ofHours(1));
    fx.preferences(tech, "en", "UTC", start.toString(), end.toString());
  }

  private void run() {
    dispatcher.runOnce().await().atMost(Duration.ofSeconds(60));
  }

  private UUID publish(boolean urgent) {
    return fx.publish(
        new DomainEvent(
            "visit",
            UUID.randomUUID(),
            "VISIT_RESCHEDULED",
            NotificationPayload.builder()
                .notify(List.of(tech))
                .sync(List.of(tech))
                .urgent(urgent)
                .build(),
            null));
  }

  @Test
  void aNonUrgentNoticeWaitsUntilTheQuietPeriodEndsButTheSyncGoesNow() {
    UUID event = publish(false);
    run();
    fx.awaitState(event, "SYNC", "SENT");
    run();

    Delivery notice = fx.delivery(event, "NOTICE");
    assertThat(notice.state()).isEqualTo("PENDING");
    assertThat(notice.attempts()).isZero();
    long expected = Duration.between(Instant.now(), quietEnd).toMillis();
    assertThat(notice.dueInMillis()).isBetween(expected - 5_000, expected + 5_000);
    assertThat(google.fcmRequestsTo(token))
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("\"kind\":\"sync\""));

    fx.makeDue(notice.id()); // the quiet period is over
    run();
    fx.awaitState(event, "NOTICE", "SENT");
    assertThat(google.fcmRequestsTo(token)).hasSize(2);
  }

  @Test
  void anUrgentNoticeIsShownDuringQuietHours() {
    UUID event = publish(true);
    run();

    fx.awaitState(event, "NOTICE", "SENT");
    fx.awaitState(event, "SYNC", "SENT");
    assertThat(google.fcmRequestsTo(token)).hasSize(2);
  }
}
