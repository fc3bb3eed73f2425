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
 * Processes a push batch in order, one transaction per mutation (R10): refuses unsupported versions
 * (R1), oversized batches (R14) and foreign devices (R3) before anything else; stops at a gap (R9)
 * or a temporary failure (R12) without advancing.
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
    List<MutationResult> results = new ArrayList<>();
    for (MutationEntry entry : request.mutations()) {
      SequenceGate.Step step;
      try {
        step = processWithRetries(caller, request.deviceId(), entry);
      } catch (TransientStoreException e) {
        return new PushResult(
            version,
            results,
            new BatchEnd.RetryLater(
                entry.sequence(),
                config.retryAfterMillis(),
                "temporary server failure; resend from sequence " + entry.sequence()));
      }
      if (step instanceof SequenceGate.Revoked) {
        return new Refusal.UnauthorizedDevice(DeviceGuard.refusal(request.deviceId()));
      }
      if (step instanceof SequenceGate.Gap) {
        long expected = ((SequenceGate.Gap) step).expected();
        return new PushResult(
            version, results, new BatchEnd.OutOfOrder(entry.sequence(), expected));
      }
      results.add(((SequenceGate.Done) step).result());
    }
    return new PushResult(version, results, new BatchEnd.Complete());
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
