package io.fieldline.sync.engine;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.store.TransientStoreException;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Processes a push batch in order (R10), up to {@link EngineConfig#mutationsPerTransaction()}
 * consecutive mutations per transaction, each claiming its sequence, applying and storing its
 * result in it: refuses unsupported versions (R1), oversized batches (R14) and foreign devices (R3)
 * before anything else; stops at a gap (R9) or a temporary failure (R12) without advancing. A
 * shared transaction that fails is redone one mutation per transaction, so a failure is always that
 * of one mutation.
 */
final class PushHandler {

  private final SyncStore store;
  private final SequenceGate gate;
  private final DeviceGuard guard;
  private final EngineConfig config;
  private final Clock clock;

  PushHandler(
      SyncStore store, SequenceGate gate, DeviceGuard guard, EngineConfig config, Clock clock) {
    this.store = store;
    this.gate = gate;
    this.guard = guard;
    this.config = config;
    this.clock = clock;
  }

  PushResponse push(Caller caller, PushRequest request) {
    int version = request.protocolVersion();
    if (!ProtocolVersion.isSupported(version)) {
      return Refusals.unsupported(version);
    }
    if (request.mutations().size() > config.maxMutationsPerPush()) {
      return Refusals.batchTooLarge(config, request.mutations().size() + " mutations");
    }
    Optional<DeviceInfo> device;
    try {
      device = store.inTransaction(tx -> guard.authorize(tx, caller, request.deviceId()));
    } catch (TransientStoreException e) {
      return new Refusal.Retryable(config.retryAfterMillis(), "the server is busy; retry later");
    }
    if (device.isEmpty()) {
      return new Refusal.UnauthorizedDevice(DeviceGuard.refusal(request.deviceId()));
    }
    List<MutationEntry> entries = request.mutations();
    List<MutationResult> results = new ArrayList<>();
    int next = 0;
    int aloneUntil = 0;
    int stopAt = -1;
    while (next < entries.size()) {
      int end = Math.min(entries.size(), next + config.mutationsPerTransaction());
      List<SequenceGate.Step> steps;
      if (next == stopAt) {
        return retryLater(version, results, entries.get(next));
      } else if (next >= aloneUntil && end - next > 1) {
        try {
          steps = together(caller, request.deviceId(), entries.subList(next, end));
        } catch (SharedFailure failure) {
          aloneUntil = end;
          stopAt = failure.unavailableAt < 0 ? -1 : next + failure.unavailableAt;
          continue;
        }
      } else {
        try {
          steps = List.of(processWithRetries(caller, request.deviceId(), entries.get(next)));
        } catch (TransientStoreException e) {
          return retryLater(version, results, entries.get(next));
        }
      }
      for (SequenceGate.Step step : steps) {
        if (step instanceof SequenceGate.Revoked) {
          return new Refusal.UnauthorizedDevice(DeviceGuard.refusal(request.deviceId()));
        }
        if (step instanceof SequenceGate.Gap) {
          long expected = ((SequenceGate.Gap) step).expected();
          return new PushResult(
              version, results, new BatchEnd.OutOfOrder(entries.get(next).sequence(), expected));
        }
        results.add(((SequenceGate.Done) step).result());
        next++;
      }
    }
    return new PushResult(version, results, new BatchEnd.Complete());
  }

  private PushResult retryLater(int version, List<MutationResult> results, MutationEntry entry) {
    return new PushResult(
        version,
        results,
        new BatchEnd.RetryLater(
            entry.sequence(),
            config.retryAfterMillis(),
            "temporary server failure; resend from sequence " + entry.sequence()));
  }

  /**
   * Runs consecutive entries in one transaction (re-checking the device once), stopping after the
   * first that gets no result (a gap). Each entry still claims its sequence, applies and stores its
   * result in that transaction, so a commit holds all of an entry or none of it (R6).
   *
   * @throws SharedFailure when the transaction failed in any way: nothing of it was committed; the
   *     caller redoes the entries one transaction each, so that a failure is that of one entry (the
   *     entries before it commit; it is retried, stops the batch or fails the request)
   */
  private List<SequenceGate.Step> together(
      Caller caller, String deviceId, List<MutationEntry> group) throws SharedFailure {
    int[] reached = {0};
    try {
      return store.inTransaction(
          tx -> {
            Optional<DeviceInfo> device = guard.authorize(tx, caller, deviceId);
            if (device.isEmpty()) {
              return List.<SequenceGate.Step>of(new SequenceGate.Revoked());
            }
            List<SequenceGate.Step> steps = new ArrayList<>();
            long last = tx.lastSequence(deviceId);
            for (MutationEntry entry : group) {
              SequenceGate.Step step = gate.process(tx, device.get(), entry, clock.instant(), last);
              steps.add(step);
              if (!(step instanceof SequenceGate.Done)) {
                break;
              }
              last = Math.max(last, entry.sequence());
              reached[0]++;
            }
            reached[0] = group.size();
            return steps;
          });
    } catch (TransientStoreException e) {
      boolean unavailable = e.kind() != TransientStoreException.Kind.CONFLICT;
      throw new SharedFailure(unavailable && reached[0] < group.size() ? reached[0] : -1);
    } catch (RuntimeException e) {
      throw new SharedFailure(-1);
    }
  }

  /**
   * A shared transaction failed; {@code unavailableAt} is the index of the entry a temporary
   * failure other than a lost race hit (that entry stops the batch, R12), or -1.
   */
  private static final class SharedFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final int unavailableAt;

    SharedFailure(int unavailableAt) {
      super(null, null, false, false);
      this.unavailableAt = unavailableAt;
    }
  }

  /** Runs one mutation's transaction (re-checking the device), retrying lost races. */
  private SequenceGate.Step processWithRetries(
      Caller caller, String deviceId, MutationEntry entry) {
    for (int attempt = 0; ; attempt++) {
      try {
        return store.inTransaction(
            tx -> {
              Optional<DeviceInfo> device = guard.authorize(tx, caller, deviceId);
              return device.isEmpty()
                  ? new SequenceGate.Revoked()
                  : gate.process(tx, device.get(), entry, clock.instant());
            });
      } catch (TransientStoreException e) {
        if (e.kind() != TransientStoreException.Kind.CONFLICT
            || attempt >= config.conflictRetries()) {
          throw e;
        }
      }
    }
  }
}
