package io.fieldline.sync.engine;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.StoredMutation;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.MalformedMutation;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Notice;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.json.MutationHash;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Exactly-once (R6-R9, R13): inside the mutation's transaction, answers a replay with the stored
 * result, refuses a reused sequence and a gap, and otherwise claims the sequence, has the mutation
 * applied and stores its result, all in the same transaction.
 */
final class SequenceGate {

  /** What happened to one mutation entry. */
  sealed interface Step {}

  /** The entry has a result (new, replayed or refused). */
  record Done(MutationResult result) implements Step {}

  /** The entry does not follow the last processed sequence. */
  record Gap(long expected) implements Step {}

  /** The device was unregistered or given to someone else during the batch. */
  record Revoked() implements Step {}

  private final MutationApplier applier;
  private final EngineConfig config;

  SequenceGate(MutationApplier applier, EngineConfig config) {
    this.applier = applier;
    this.config = config;
  }

  Step process(StoreTx tx, DeviceInfo device, MutationEntry entry, Instant now) {
    return process(tx, device, entry, now, tx.lastSequence(device.deviceId()));
  }

  /**
   * As {@link #process(StoreTx, DeviceInfo, MutationEntry, Instant)}, with the device's last
   * processed sequence as this transaction already knows it (it claimed it, or read it, itself).
   */
  Step process(StoreTx tx, DeviceInfo device, MutationEntry entry, Instant now, long last) {
    long sequence = entry.sequence();
    String hash = MutationHash.of(entry);
    if (sequence <= last) {
      return new Done(replay(tx, device, sequence, hash));
    }
    if (sequence > last + 1) {
      return new Gap(last + 1);
    }
    tx.claimSequence(device.deviceId(), sequence);
    MutationResult result;
    Optional<Instant> deviceTime;
    if (entry instanceof MalformedMutation) {
      deviceTime = Optional.empty();
      result =
          new RejectedResult(
              sequence,
              SyncErrorCode.INVALID_PAYLOAD,
              ((MalformedMutation) entry).problem(),
              Set.of());
    } else {
      Mutation m = (Mutation) entry;
      deviceTime = Optional.of(m.deviceTime());
      Set<Notice> notices = ClockSkew.notices(m.deviceTime(), now, config);
      result = applier.apply(tx, device, m, notices, now);
    }
    tx.putStoredMutation(
        new StoredMutation(device.deviceId(), sequence, hash, deviceTime, now, result));
    return new Done(result);
  }

  private static MutationResult replay(StoreTx tx, DeviceInfo device, long sequence, String hash) {
    Optional<StoredMutation> stored = tx.storedMutation(device.deviceId(), sequence);
    if (stored.isEmpty()) {
      return new RejectedResult(
          sequence,
          SyncErrorCode.RESULT_EXPIRED,
          "the result of sequence " + sequence + " is past the retention horizon",
          Set.of());
    }
    if (!stored.get().bodyHash().equals(hash)) {
      return new RejectedResult(
          sequence,
          SyncErrorCode.SEQUENCE_REUSED,
          "sequence " + sequence + " was already used by a different mutation",
          Set.of());
    }
    return new DuplicateResult(sequence, stored.get().result());
  }
}
