package io.fieldline.sync.store.contract;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.store.StoredMutation;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.Change;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Valid values for the contract tests. */
final class ContractData {

  private ContractData() {}

  static RecordKey key(String name) {
    return TestIds.key("visit", name);
  }

  /** Version {@code version} of a record whose notes say {@code notes}. */
  static StoredRecord record(RecordKey key, long version, String notes) {
    return record(key, version, notes, false);
  }

  static StoredRecord record(RecordKey key, long version, String notes, boolean deleted) {
    return new StoredRecord(
        new RecordState(
            key, version, deleted, Map.of("notes", FieldValue.of(notes)), Map.of("notes", version)),
        Map.of("notes", Writers.SERVER));
  }

  static Change upsert(StoredRecord record) {
    return new Change.Upsert(record.state());
  }

  static StoredMutation stored(String device, long sequence, Instant at) {
    return new StoredMutation(
        device,
        sequence,
        "b".repeat(64),
        Optional.of(at),
        at,
        new AppliedResult(sequence, 1, Set.of()));
  }

  static ConflictRecord conflict(RecordKey key, long sequence, Instant at) {
    return new ConflictRecord(
        ConflictRecord.idFor("dev-a", sequence),
        key,
        "dev-a",
        sequence,
        2,
        List.of(
            new FieldConflict(
                "notes",
                Optional.of(FieldValue.of("base")),
                FieldValue.of("mine"),
                FieldValue.of("theirs"),
                io.fieldline.sync.error.SyncErrorCode.CONFLICT_HELD)),
        at,
        new ConflictStatus.Open());
  }
}
