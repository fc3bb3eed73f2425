package io.fieldline.sync.engine;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.MergeEngine;
import io.fieldline.sync.merge.MergeOutcome;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.HeldField;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Notice;
import io.fieldline.sync.wire.RejectedResult;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Processes one well-formed, freshly claimed mutation inside its transaction: re-authorise against
 * the current scope (R16), validate and merge (R15, R19-R26), write the record and its change-log
 * rows, and hold conflicts (R25). Sequence handling is {@link SequenceGate}'s.
 */
final class MutationApplier {

  private final PolicyRegistry policies;
  private final AccessPolicy access;

  MutationApplier(PolicyRegistry policies, AccessPolicy access) {
    this.policies = policies;
    this.access = access;
  }

  MutationResult apply(
      StoreTx tx, DeviceInfo device, Mutation m, Set<Notice> notices, Instant now) {
    Optional<EntityPolicy> policy = policies.find(m.entityType());
    if (policy.isEmpty()) {
      return new RejectedResult(
          m.sequence(),
          SyncErrorCode.INVALID_PAYLOAD,
          "unknown entity type '" + m.entityType() + "'",
          notices);
    }
    RecordKey key = m.key();
    Optional<StoredRecord> current = tx.record(key);
    if (!access.mayWrite(tx, device, key, current)) {
      return new RejectedResult(
          m.sequence(), SyncErrorCode.NOT_FOUND_OR_FORBIDDEN, MergeEngine.notFound(key), notices);
    }
    String writer = Writers.device(device.deviceId());
    MergeOutcome outcome =
        MergeEngine.merge(
            policy.get(),
            current,
            m,
            writer,
            field ->
                m.baseVersion() == 0
                    ? Optional.empty()
                    : tx.recordVersion(key, m.baseVersion()).map(s -> s.value(field)));
    if (outcome instanceof MergeOutcome.Reject) {
      MergeOutcome.Reject reject = (MergeOutcome.Reject) outcome;
      return new RejectedResult(m.sequence(), reject.code(), reject.message(), notices);
    }
    MergeOutcome.Accept accept = (MergeOutcome.Accept) outcome;
    if (current.isEmpty()) {
      for (String scope : access.scopesForCreated(tx, device, key, m.fields())) {
        tx.addMember(scope, key);
      }
    }
    long version = RecordWriter.write(tx, key, current, accept.change(), writer);
    Set<Notice> all = union(notices, accept.notices());
    if (!accept.held().isEmpty()) {
      ConflictRecord conflict =
          new ConflictRecord(
              ConflictRecord.idFor(device.deviceId(), m.sequence()),
              key,
              device.deviceId(),
              m.sequence(),
              version,
              accept.held(),
              now,
              new ConflictStatus.Open());
      tx.putConflict(conflict);
      return new ConflictHeldResult(
          m.sequence(),
          version,
          conflict.id(),
          accept.held().stream()
              .map(c -> new HeldField(c.field(), c.reason()))
              .collect(Collectors.toList()),
          accept.overridden(),
          all);
    }
    if (!accept.overridden().isEmpty()) {
      return new MergedResult(m.sequence(), version, accept.overridden(), all);
    }
    return new AppliedResult(m.sequence(), version, all, tx.assignedFields(key));
  }

  private static Set<Notice> union(Set<Notice> a, Set<Notice> b) {
    if (b.isEmpty()) {
      return a;
    }
    java.util.EnumSet<Notice> all = java.util.EnumSet.noneOf(Notice.class);
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
