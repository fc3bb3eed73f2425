package io.fieldline.contract.client;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * The push loop: sends the outbox oldest first in batches; settles each result in one local
 * transaction with the outbox removal (R11); resends the same bodies after a lost answer (the
 * server answers {@code duplicate}, R7); halves the batch at once on BATCH_TOO_LARGE (R14); backs
 * off exponentially with jitter on retry_later / RETRYABLE / no answer (R12); resends from the
 * first pending mutation after out_of_order (R9).
 */
final class Pusher {
  private final SyncClient client;
  private int batchLimit;
  private boolean resultExpired;

  Pusher(SyncClient client, int maxBatch) {
    this.client = client;
    this.batchLimit = maxBatch;
  }

  /** Pushes until the outbox is empty (true) or attempts run out (false: still offline). */
  boolean pushAll() throws InterruptedException {
    int failures = 0;
    while (true) {
      List<Mutation> batch = client.store().inTx(c -> OutboxTable.pending(c, batchLimit));
      if (batch.isEmpty()) {
        return true;
      }
      PushRequest request = PushRequest.of(ProtocolVersion.CURRENT, client.deviceId(), batch);
      Optional<PushResponse> answer = client.send(request);
      if (answer.isEmpty()) {
        if (++failures > client.maxAttempts()) {
          return false;
        }
        client.backOff(failures, 0);
        continue;
      }
      long hint = handle(answer.get(), batch.size());
      if (hint >= 0) {
        if (++failures > client.maxAttempts()) {
          return false;
        }
        client.backOff(failures, hint);
      } else {
        failures = 0;
      }
    }
  }

  /** Whether a settled mutation came back RESULT_EXPIRED (the client then resyncs, R13). */
  boolean takeResultExpired() {
    boolean was = resultExpired;
    resultExpired = false;
    return was;
  }

  /** Handles one answer; the back-off hint when the client must wait, else -1. */
  private long handle(PushResponse response, int sent) {
    if (response instanceof Refusal.BatchTooLarge r) {
      batchLimit = Math.max(1, Math.min(sent / 2, r.maxMutations()));
      client.counters().split();
      return -1;
    }
    if (response instanceof Refusal.Retryable r) {
      return r.retryAfterMillis();
    }
    if (response instanceof Refusal r) {
      throw stop(r);
    }
    PushResult result = (PushResult) response;
    Settlement settled = client.store().inTx(c -> Settlement.apply(c, result.results()));
    for (int i = 0; i < settled.duplicates(); i++) {
      client.counters().duplicate();
    }
    resultExpired |= settled.resultExpired();
    if (result.end() instanceof BatchEnd.RetryLater r) {
      return r.retryAfterMillis();
    }
    if (result.end() instanceof BatchEnd.OutOfOrder) {
      client.counters().outOfOrder();
    }
    return -1;
  }

  private static SyncStoppedException stop(Refusal r) {
    return SyncStoppedException.of(r);
  }
}
