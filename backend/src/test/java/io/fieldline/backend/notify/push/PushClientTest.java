package io.fieldline.backend.notify.push;

import static io.fieldline.backend.support.firebase.FakeGoogle.fcmError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.core.ApiFutures;
import com.google.api.core.SettableApiFuture;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.Message;
import io.fieldline.backend.identity.firebase.FirebaseClient;
import io.fieldline.backend.notify.NotifySettings;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.notify.SettingsOverride;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The push client against the real Firebase SDK, whose HTTP calls {@link FakeGoogle} answers:
 * batching, error mapping, back-off and whole-batch failures.
 */
@QuarkusTest
class PushClientTest {
  @Inject FirebaseClient firebase;
  @Inject NotifySettings settings;
  @Inject FakeGoogle google;

  private static Message message(String token) {
    return PushMessages.sync(token, Map.of("kind", "sync"), false);
  }

  private List<PushOutcome> send(PushClient client, List<Push> pushes) {
    return client.send(pushes).await().atMost(Duration.ofSeconds(60));
  }

  @Test
  void twelveHundredMessagesGoOutInThreeSendEachCallsOfAtMost500() {
    String prefix = "batch-" + UUID.randomUUID() + "-";
    List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
    PushClient client =
        new PushClient(
            batch -> {
              calls.add(batch.size());
              return firebase.messaging().sendEachAsync(batch);
            },
            settings);
    List<Push> pushes =
        IntStream.range(0, 1200).mapToObj(i -> new Push(message(prefix + i), 1)).toList();

    List<PushOutcome> outcomes = send(client, pushes);

    assertThat(calls).containsExactly(500, 500, 200);
    assertThat(outcomes).hasSize(1200).allMatch(o -> o instanceof PushOutcome.Sent);
    // sendEach makes one HTTP request per message: all 1,200 reached FCM, each once
    assertThat(
            google.fcmRequests().stream()
                .filter(r -> r.body().contains("\"token\":\"" + prefix))
                .map(FakeGoogle.FcmRequest::body)
                .distinct()
                .count())
        .isEqualTo(1200);
    assertThat(google.fcmRequests())
        .filteredOn(r -> r.body().contains(prefix))
        .allMatch(
            r ->
                r.url()
                    .equals("https://fcm.googleapis.com/v1/projects/fieldline-test/messages:send"));
  }

  @Test
  void eachFcmErrorMapsToItsOutcomeInOrder() {
    String t = "err-" + UUID.randomUUID();
    google.scriptFcmFor(t + "-unregistered", fcmError(404, "UNREGISTERED"));
    google.scriptFcmFor(t + "-mismatch", fcmError(403, "SENDER_ID_MISMATCH"));
    google.scriptFcmFor(t + "-quota", fcmError(429, "QUOTA_EXCEEDED"));
    google.scriptFcmFor(t + "-internal", fcmError(500, "INTERNAL"));
    google.scriptFcmFor(t + "-invalid", fcmError(400, "INVALID_ARGUMENT"));
    List<String> tokens =
        List.of(
            t + "-ok",
            t + "-unregistered",
            t + "-mismatch",
            t + "-quota",
            t + "-internal",
            t + "-invalid");

    List<PushOutcome> out =
        send(
            new PushClient(firebase, settings),
            tokens.stream().map(token -> new Push(message(token), 1)).toList());

    assertThat(out.get(0)).isInstanceOf(PushOutcome.Sent.class);
    assertThat(((PushOutcome.Sent) out.get(0)).messageId()).startsWith("projects/fieldline-test/");
    assertThat(out.get(1))
        .isInstanceOfSatisfying(
            PushOutcome.TokenInvalid.class, o -> assertThat(o.error()).contains("UNREGISTERED"));
    assertThat(out.get(2))
        .isInstanceOfSatisfying(
            PushOutcome.TokenInvalid.class,
            o -> assertThat(o.error()).contains("SENDER_ID_MISMATCH"));
    assertThat(out.get(3))
        .isInstanceOfSatisfying(
            PushOutcome.RetryLater.class,
            o -> {
              assertThat(o.error()).contains("QUOTA_EXCEEDED");
              assertThat(o.delay()).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(72));
            });
    assertThat(out.get(4))
        .isInstanceOfSatisfying(
            PushOutcome.RetryLater.class,
            o -> {
              assertThat(o.error()).contains("INTERNAL");
              assertThat(o.delay()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
            });
    assertThat(out.get(5))
        .isInstanceOfSatisfying(
            PushOutcome.Rejected.class, o -> assertThat(o.error()).contains("INVALID_ARGUMENT"));
    // the SDK does not retry these by itself: one request per message
    tokens.forEach(token -> assertThat(google.fcmRequestsTo(token)).hasSize(1));
  }

  @Test
  void backOffGrowsPerAttemptHonoursRetryAfterAndGivesUpAtTheLimit() {
    String t = "backoff-" + UUID.randomUUID();
    google.scriptFcmFor(t + "-third", fcmError(429, "QUOTA_EXCEEDED"));
    google.scriptFcmFor(
        t + "-after", fcmError(429, "QUOTA_EXCEEDED").addHeader("Retry-After", "900"));
    google.scriptFcmFor(t + "-last", fcmError(500, "INTERNAL"));

    List<PushOutcome> out =
        send(
            new PushClient(firebase, settings),
            List.of(
                new Push(message(t + "-third"), 3),
                new Push(message(t + "-after"), 1),
                new Push(message(t + "-last"), settings.maxAttempts())));

    assertThat(((PushOutcome.RetryLater) out.get(0)).delay())
        .isBetween(Duration.ofSeconds(192), Duration.ofSeconds(288));
    assertThat(((PushOutcome.RetryLater) out.get(1)).delay())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(900));
    assertThat(out.get(2))
        .isInstanceOfSatisfying(
            PushOutcome.Rejected.class,
            o -> assertThat(o.error()).startsWith("gave up after " + settings.maxAttempts()));
  }

  @Test
  void aBatchThatFailsAsAWholeIsRetriedLater() {
    PushClient client =
        new PushClient(
            batch -> ApiFutures.immediateFailedFuture(new IllegalStateException("no network")),
            settings);
    List<PushOutcome> out =
        send(client, List.of(new Push(message("a"), 1), new Push(message("b"), 1)));
    assertThat(out).hasSize(2).allMatch(o -> o instanceof PushOutcome.RetryLater);
  }

  @Test
  void aBatchThatTakesTooLongIsRetriedLater() {
    NotifySettings quick =
        SettingsOverride.of(settings, Map.of("sendTimeout", Duration.ofMillis(200)));
    PushClient client = new PushClient(batch -> SettableApiFuture.<BatchResponse>create(), quick);
    List<PushOutcome> out = send(client, List.of(new Push(message("slow"), 1)));
    assertThat(out.get(0))
        .isInstanceOfSatisfying(
            PushOutcome.RetryLater.class,
            o -> assertThat(o.delay()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12)));
  }
}
