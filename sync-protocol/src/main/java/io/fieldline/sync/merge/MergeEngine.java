package io.fieldline.sync.merge;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Notice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The field-level three-way merge (R19-R27). A pure function: the same policy, current record,
 * mutation, writer and base values always give the same outcome, on any server and at any time, so
 * a replayed or re-run merge agrees with the first (R27).
 */
public final class MergeEngine {

  private MergeEngine() {}

  /**
   * Decides what {@code mutation} does to {@code current}.
   *
   * @param writer the writer id of the mutation's device ({@link io.fieldline.sync.model.Writers})
   * @param base the record's values at the mutation's base version, for conflict records
   */
  public static MergeOutcome merge(
      EntityPolicy policy,
      Optional<StoredRecord> current,
      Mutation mutation,
      String writer,
      BaseValues base) {
    Optional<String> payload = PayloadValidator.problem(policy, mutation);
    if (payload.isPresent()) {
      return new MergeOutcome.Reject(SyncErrorCode.INVALID_PAYLOAD, payload.get());
    }
    if (current.isPresent() && mutation.baseVersion() > current.get().state().version()) {
      return new MergeOutcome.Reject(
          SyncErrorCode.INVALID_PAYLOAD,
          "baseVersion "
              + mutation.baseVersion()
              + " is newer than the record's version "
              + current.get().state().version());
    }
    MergeOutcome outcome;
    switch (mutation.operation()) {
      case CREATE:
        outcome = create(policy, current, mutation);
        break;
      case UPDATE:
        outcome = update(policy, current, mutation, writer, base);
        break;
      default:
        outcome = DeleteMerge.delete(policy, current, mutation, writer);
        break;
    }
    return checkRules(policy, current, outcome);
  }

  private static MergeOutcome create(
      EntityPolicy policy, Optional<StoredRecord> current, Mutation mutation) {
    if (current.isPresent()) {
      return new MergeOutcome.Reject(
          SyncErrorCode.RECORD_EXISTS, "record " + mutation.key() + " already exists");
    }
    Map<String, FieldValue> values = new HashMap<>();
    for (Map.Entry<String, FieldValue> e : mutation.fields().entrySet()) {
      FieldPolicy field = policy.field(e.getKey()).orElseThrow();
      FieldValue value = e.getValue();
      if (field.policy() == MergePolicy.STATE_MACHINE) {
        String state = ((FieldValue.TextValue) value).value();
        if (!field.stateMachine().orElseThrow().isInitial(state)) {
          return new MergeOutcome.Reject(
              SyncErrorCode.VALIDATION_FAILED,
              "field '" + field.name() + "': '" + state + "' is not an initial state");
        }
      } else if (field.policy() == MergePolicy.COUNTER_DELTA) {
        value = Counters.add(FieldValue.NULL, value);
      } else if (field.policy() == MergePolicy.APPEND_ONLY) {
        value = AppendOnly.canonical(value);
      }
      values.put(e.getKey(), value);
    }
    return accept(new RecordChange.SetFields(values, false), Map.of(), List.of(), Set.of());
  }

  private static MergeOutcome update(
      EntityPolicy policy,
      Optional<StoredRecord> current,
      Mutation mutation,
      String writer,
      BaseValues base) {
    if (current.isEmpty()) {
      return new MergeOutcome.Reject(
          SyncErrorCode.NOT_FOUND_OR_FORBIDDEN, MergeEngine.notFound(mutation.key()));
    }
    StoredRecord record = current.get();
    if (!record.state().deleted()) {
      return FieldMerge.merge(policy, record, mutation, writer, base, false);
    }
    switch (policy.deleteRule()) {
      case DELETE_WINS:
        return new MergeOutcome.Reject(
            SyncErrorCode.RECORD_DELETED,
            "record " + mutation.key() + " was deleted at version " + record.state().version());
      case EDIT_WINS:
        return FieldMerge.merge(policy, record, mutation, writer, base, true);
      default:
        return DeleteMerge.holdEditOfDeleted(record, mutation, base);
    }
  }

  private static MergeOutcome checkRules(
      EntityPolicy policy, Optional<StoredRecord> current, MergeOutcome outcome) {
    if (!(outcome instanceof MergeOutcome.Accept)) {
      return outcome;
    }
    MergeOutcome.Accept accept = (MergeOutcome.Accept) outcome;
    if (!(accept.change() instanceof RecordChange.SetFields)) {
      return outcome;
    }
    Map<String, FieldValue> merged =
        new HashMap<>(current.map(r -> r.state().fields()).orElse(Map.of()));
    merged.putAll(((RecordChange.SetFields) accept.change()).values());
    Optional<String> problem = RecordRules.problem(policy, merged);
    return problem.isPresent()
        ? new MergeOutcome.Reject(SyncErrorCode.VALIDATION_FAILED, problem.get())
        : outcome;
  }

  static MergeOutcome accept(
      RecordChange change,
      Map<String, FieldValue> overridden,
      List<FieldConflict> held,
      Set<Notice> notices) {
    return new MergeOutcome.Accept(change, overridden, held, notices);
  }

  /**
   * The one message for a missing and for an inaccessible record, so that the answer does not
   * reveal which it is (R16).
   */
  public static String notFound(io.fieldline.sync.model.RecordKey key) {
    return "record " + key + " not found or not accessible";
  }

  /** Whether {@code field} changed since the base version by someone other than {@code writer}. */
  static boolean changedByOthers(StoredRecord record, String field, long base, String writer) {
    RecordState state = record.state();
    return state.fieldVersion(field) > base && !record.writer(field).equals(writer);
  }
}
