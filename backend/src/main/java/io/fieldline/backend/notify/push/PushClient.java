package io.fieldline.backend.notify.push;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutureCallback;
import com.google.api.core.ApiFutures;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.SendResponse;
import io.fieldline.backend.identity.firebase.FirebaseClient;
import io.fieldline.backend.notify.NotifySettings;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.logging.Logger;

/**
 * The one way the service sends FCM messages. Owns batching ({@code sendEach}, at most 500 per
 * call), the time limit per batch, error mapping and the retry policy: every {@link Push} gets
 * exactly one {@link PushOutcome}, in order, and the send itself never fails.
 */
@ApplicationScoped
public class PushClient {
  /** FCM's limit for one sendEach call. */
  public static final int MAX_BATCH = 500;

  private static final Logger LOG = Logger.getLogger(PushClient.class);

  private final FcmSender sender;
  private final NotifySettings settings;
  private final Backoff backoff;

  @Inject
  public PushClient(FirebaseClient firebase, NotifySettings settings) {
    this(batch -> firebase.messaging().sendEachAsync(batch), settings);
  }

  PushClient(FcmSender sender, NotifySettings settings) {
    this.sender = sender;
    this.settings = settings;
    this.backoff = new Backoff(settings.maxBackoff(), new Random());
  }

  /** The batch size in use: the configured one, never above {@link #MAX_BATCH}. */
  public int batchSize() {
    return Math.max(1, Math.min(MAX_BATCH, settings.sendBatch()));
  }

  /** Sends {@code pushes} in consecutive sendEach batches; one outcome per push, in order. */
  public Uni<List<PushOutcome>> send(List<Push> pushes) {
    if (pushes.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<List<Push>> batches = new ArrayList<>();
    for (int from = 0; from < pushes.size(); from += batchSize()) {
      batches.add(pushes.subList(from, Math.min(pushes.size(), from + batchSize())));
    }
    return Multi.createFrom()
        .iterable(batches)
        .onItem()
        .transformToUniAndConcatenate(this::sendBatch)
        .collect()
        .asList()
        .map(lists -> lists.stream().flatMap(List::stream).toList());
  }

  private Uni<List<PushOutcome>> sendBatch(List<Push> batch) {
    List<Message> messages = batch.stream().map(Push::message).toList();
    return Uni.createFrom()
        .<BatchResponse>emitter(emitter -> callback(sender.sendEach(messages), emitter))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .ifNoItem()
        .after(settings.sendTimeout())
        .fail()
        .map(response -> outcomes(batch, response.getResponses()))
        .onFailure()
        .recoverWithItem(failure -> wholeBatchFailed(batch, failure));
  }

  private static void callback(
      ApiFuture<BatchResponse> future, UniEmitter<? super BatchResponse> emitter) {
    ApiFutures.addCallback(
        future,
        new ApiFutureCallback<>() {
          @Override
          public void onSuccess(BatchResponse response) {
            emitter.complete(response);
          }

          @Override
          public void onFailure(Throwable failure) {
            emitter.fail(failure);
          }
        },
        MoreExecutors.directExecutor());
  }

  private List<PushOutcome> outcomes(List<Push> batch, List<SendResponse> responses) {
    if (responses.size() != batch.size()) {
      throw new IllegalStateException(
          "FCM answered " + responses.size() + " responses for " + batch.size() + " messages");
    }
    List<PushOutcome> outcomes = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      SendResponse response = responses.get(i);
      outcomes.add(
          response.isSuccessful()
              ? new PushOutcome.Sent(response.getMessageId())
              : failed(batch.get(i), FcmFailure.of(response.getException())));
    }
    return outcomes;
  }

  private List<PushOutcome> wholeBatchFailed(List<Push> batch, Throwable failure) {
    LOG.warnf("FCM batch of %d failed as a whole: %s", batch.size(), failure.toString());
    FcmFailure cause = FcmFailure.of(failure);
    return batch.stream().map(push -> failed(push, cause)).toList();
  }

  private PushOutcome failed(Push push, FcmFailure failure) {
    return switch (failure.kind()) {
      case TOKEN_INVALID -> new PushOutcome.TokenInvalid(failure.description());
      case PERMANENT -> new PushOutcome.Rejected(failure.description());
      case QUOTA -> retry(push, settings.quotaBackoff(), failure);
      case SERVER -> retry(push, settings.serverBackoff(), failure);
    };
  }

  private PushOutcome retry(Push push, Duration base, FcmFailure failure) {
    if (push.attempt() >= settings.maxAttempts()) {
      return new PushOutcome.Rejected(
          "gave up after " + push.attempt() + " attempts; last: " + failure.description());
    }
    Duration delay = backoff.delay(base, push.attempt(), failure.retryAfter().orElse(null));
    return new PushOutcome.RetryLater(delay, failure.description());
  }
}
