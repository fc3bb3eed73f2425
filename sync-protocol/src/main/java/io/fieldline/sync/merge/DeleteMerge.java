package io.fieldline.sync.merge;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.wire.Mutation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Delete versus edit, by the entity's {@link DeleteRule} (R26). */
final class DeleteMerge {

  private DeleteMerge() {}

  /** A device's DELETE. */
  static MergeOutcome delete(
      EntityPolicy policy, Optional<StoredRecord> current, Mutation mutation, String writer) {
    if (current.isEmpty()) {
      return new MergeOutcome.Reject(
          SyncErrorCode.NOT_FOUND_OR_FORBIDDEN, MergeEngine.notFound(mutation.key()));
    }
    StoredRecord record = current.get();
    if (record.state().deleted()) {
      return MergeEngine.accept(new RecordChange.NoChange(), Map.of(), List.of(), Set.of());
    }
    boolean editedByOthers =
        record.state().fields().keySet().stream()
            .anyMatch(f -> MergeEngine.changedByOthers(record, f, mutation.baseVersion(), writer));
    if (!editedByOthers || policy.deleteRule() == DeleteRule.DELETE_WINS) {
      return MergeEngine.accept(new RecordChange.DeleteRecord(), Map.of(), List.of(), Set.of());
    }
    if (policy.deleteRule() == DeleteRule.EDIT_WINS) {
      return new MergeOutcome.Reject(
          SyncErrorCode.DELETE_OVERRIDDEN,
          "record "
              + mutation.key()
              + " was edited after version "
              + mutation.baseVersion()
              + "; the edit wins");
    }
    FieldConflict conflict =
        new FieldConflict(
            FieldConflict.DELETED,
            Optional.of(FieldValue.of(false)),
            FieldValue.of(true),
            FieldValue.of(false),
            SyncErrorCode.CONFLICT_HELD);
    return MergeEngine.accept(new RecordChange.NoChange(), Map.of(), List.of(conflict), Set.of());
  }

  /** A device's UPDATE of a record deleted on the server, under {@link DeleteRule#HOLD}. */
  static MergeOutcome holdEditOfDeleted(StoredRecord record, Mutation mutation, BaseValues base) {
    List<FieldConflict> held = new ArrayList<>();
    held.add(
        new FieldConflict(
            FieldConflict.DELETED,
            Optional.of(FieldValue.of(false)),
            FieldValue.of(false),
            FieldValue.of(true),
            SyncErrorCode.CONFLICT_HELD));
    for (Map.Entry<String, FieldValue> e : new TreeMap<>(mutation.fields()).entrySet()) {
      held.add(
          new FieldConflict(
              e.getKey(),
              base.at(e.getKey()),
              e.getValue(),
              record.state().value(e.getKey()),
              SyncErrorCode.CONFLICT_HELD));
    }
    return MergeEngine.accept(new RecordChange.NoChange(), Map.of(), held, Set.of());
  }
}
