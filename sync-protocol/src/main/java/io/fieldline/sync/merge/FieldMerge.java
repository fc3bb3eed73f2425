package io.fieldline.sync.merge;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Notice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges an update field by field against the current record (R19-R25). A field counts as changed
 * concurrently when its version is above the mutation's base version and its last writer is not the
 * mutation's device (a device has always seen its own earlier writes).
 */
final class FieldMerge {

  private FieldMerge() {}

  static MergeOutcome merge(
      EntityPolicy policy,
      StoredRecord record,
      Mutation mutation,
      String writer,
      BaseValues base,
      boolean resurrect) {
    RecordState state = record.state();
    Map<String, FieldValue> values = new HashMap<>();
    Map<String, FieldValue> overridden = new HashMap<>();
    List<FieldConflict> held = new ArrayList<>();
    for (Map.Entry<String, FieldValue> e : new TreeMap<>(mutation.fields()).entrySet()) {
      String name = e.getKey();
      FieldValue mine = e.getValue();
      FieldValue theirs = state.value(name);
      FieldPolicy field = policy.field(name).orElseThrow();
      boolean concurrent =
          MergeEngine.changedByOthers(record, name, mutation.baseVersion(), writer)
              && !theirs.equals(mine);
      switch (field.policy()) {
        case DEVICE_WINS:
          values.put(name, mine);
          break;
        case SERVER_WINS:
          if (concurrent) {
            overridden.put(name, theirs);
          } else {
            values.put(name, mine);
          }
          break;
        case HOLD_FOR_PERSON:
          if (concurrent) {
            held.add(
                new FieldConflict(name, base.at(name), mine, theirs, SyncErrorCode.CONFLICT_HELD));
          } else {
            values.put(name, mine);
          }
          break;
        case STATE_MACHINE:
          if (!theirs.equals(mine)) {
            if (allowed(field.stateMachine().orElseThrow(), theirs, mine)) {
              values.put(name, mine);
            } else {
              held.add(
                  new FieldConflict(
                      name, base.at(name), mine, theirs, SyncErrorCode.ILLEGAL_TRANSITION));
            }
          }
          break;
        case APPEND_ONLY:
          values.put(name, AppendOnly.union(theirs, mine));
          break;
        case COUNTER_DELTA:
          values.put(name, Counters.add(theirs, mine));
          break;
      }
    }
    values.entrySet().removeIf(v -> v.getValue().equals(state.value(v.getKey())));
    RecordChange change =
        values.isEmpty() && !resurrect
            ? new RecordChange.NoChange()
            : new RecordChange.SetFields(values, resurrect);
    Set<Notice> notices = resurrect ? Set.of(Notice.RECORD_RESURRECTED) : Set.of();
    return MergeEngine.accept(change, overridden, held, notices);
  }

  private static boolean allowed(StateMachine machine, FieldValue from, FieldValue to) {
    String target = ((FieldValue.TextValue) to).value();
    if (from instanceof FieldValue.TextValue) {
      return machine.allows(((FieldValue.TextValue) from).value(), target);
    }
    return machine.isInitial(target);
  }
}
