package io.fieldline.backend.notify.dispatch;

import static io.fieldline.backend.support.notify.NotifyFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.notify.NotifyFixtures;
import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * At least once, never twice per token: repeated and concurrent runs, a rewound cursor, and an
 * event committed late by a transaction that took a lower seq.
 */
@QuarkusTest
class OnceOnlyDeliveryTest {
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

  private static DomainEvent assigned(UUID aggregate, List<UUID> users) {
    return new DomainEvent(
        "visit",
        aggregate,
        "VISIT_ASSIGNED",
        NotificationPayload.builder().notify(users).sync(users).build(),
        null);
  }

  @Test
  void concurrentRunsSendOncePerTokenAndKind() {
    UUID a = fx.newUser("Concurrent A");
    UUID b = fx.newUser("Concurrent B");
    List<String> deviceTokens =
        List.of("fcm-" + UUID.randomUUID(), "fcm-" + UUID.randomUUID(), "fcm-" + UUID.randomUUID());
    fx.device(a, deviceTokens.get(0));
    fx.device(a, deviceTokens.get(1));
    fx.device(b, deviceTokens.get(2));
    UUID event = fx.publish(assigned(UUID.randomUUID(), List.of(a, b)));

    Uni.combine()
        .all()
        .unis(
            dispatcher.runOnce(), dispatcher.runOnce(), dispatcher.runOnce(), dispatcher.runOnce())
        .discardItems()
        .await()
        .atMost(Duration.ofSeconds(60));
    await(
        "six sent",
        () -> fx.deliveries(event).stream().filter(d -> d.state().equals("SENT")).count() == 6);
    run();

    assertThat(fx.deliveries(event)).hasSize(6).allMatch(d -> d.attempts() == 1);
    for (String token : deviceTokens) {
      assertThat(google.fcmRequestsTo(token)).as("requests to %s", token).hasSize(2);
    }
  }

  @Test
  void anEventReadAgainAfterARewindIsNotSentAgain() {
    UUID tech = fx.newUser("Rewound");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    UUID event = fx.publish(assigned(UUID.randomUUID(), List.of(tech)));
    run();
    fx.awaitState(event, "NOTICE", "SENT");
    fx.awaitState(event, "SYNC", "SENT");

    fx.rewindTo(event);
    run();
    await("read again", () -> fx.planned(event));
    run();

    assertThat(fx.deliveries(event)).hasSize(2);
    assertThat(google.fcmRequestsTo(token)).hasSize(2);
  }

  @Test
  void anEventCommittedLateWithALowerSeqIsNotSkipped() throws Exception {
    UUID tech = fx.newUser("Late");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    UUID early = UUID.randomUUID();
    UUID later = UUID.randomUUID();
    CompletableFuture<Void> inserted = new CompletableFuture<>();
    CompletableFuture<Void> release = new CompletableFuture<>();

    // transaction 1 appends its event (taking the lower seq) and stays open
    CompletableFuture<Void> slow =
        TenantTx.sql(
                pool,
                NotifyFixtures.ACME,
                c ->
                    events
                        .append(c, assigned(early, List.of(tech)))
                        .invoke(() -> inserted.complete(null))
                        .chain(() -> Uni.createFrom().completionStage(release)))
            .subscribeAsCompletionStage();
    inserted.get(10, TimeUnit.SECONDS);
    // transaction 2 appends and commits; the dispatcher runs meanwhile
    UUID laterEvent = fx.publish(assigned(later, List.of(tech)));
    run();
    fx.awaitState(laterEvent, "NOTICE", "SENT");
    run();
    assertThat(google.fcmRequestsTo(token))
        .hasSize(2)
        .allMatch(r -> r.body().contains(laterEvent.toString()));

    release.complete(null);
    slow.get(10, TimeUnit.SECONDS);
    UUID earlyEvent = fx.eventId(early);
    assertThat(fx.seq(earlyEvent)).isLessThan(fx.seq(laterEvent));
    run();

    fx.awaitState(earlyEvent, "NOTICE", "SENT");
    fx.awaitState(earlyEvent, "SYNC", "SENT");
    run();
    assertThat(google.fcmRequestsTo(token)).hasSize(4);
    assertThat(google.fcmRequestsTo(token))
        .filteredOn(r -> r.body().contains(earlyEvent.toString()))
        .hasSize(2);
  }

  @Test
  void aDeliveryClaimedByAnInstanceThatDiedIsSentOnceItsLeaseEnds() {
    UUID tech = fx.newUser("Orphaned");
    String token = "fcm-" + UUID.randomUUID();
    fx.device(tech, token);
    // quiet hours park the notice, so no dispatcher run touches it while the scene is set
    LocalTime now = LocalTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
    fx.preferences(tech, "en", "UTC", now.minusHours(1).toString(), now.plusHours(1).toString());
    UUID event =
        fx.publish(
            new DomainEvent(
                "visit",
                UUID.randomUUID(),
                "VISIT_ASSIGNED",
                NotificationPayload.builder().notify(List.of(tech)).build(),
                null));
    run();
    UUID parked = fx.awaitState(event, "NOTICE", "PENDING").id();

    fx.claimedByADeadInstance(parked);
    run(); // the lease is still running
    assertThat(google.fcmRequestsTo(token)).isEmpty();

    fx.makeDue(parked); // the lease ran out
    run();

    assertThat(fx.awaitState(event, "NOTICE", "SENT").attempts()).isEqualTo(2);
    run();
    assertThat(google.fcmRequestsTo(token)).hasSize(1);
  }
}
