package io.fieldline.sync.engine;

import io.fieldline.sync.merge.PayloadValidator;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.merge.RecordChange;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.store.SyncStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Resolution of held conflicts by a person (R28): the chosen value of every held field is written
 * as a server change (so it reaches every device by pull) and the conflict is marked resolved.
 * Choosing {@code _deleted = true} deletes the record; {@code false} keeps or restores it.
 */
public final class ConflictResolver {

  private final SyncStore store;
  private final PolicyRegistry policies;
  private final Clock clock;

  ConflictResolver(SyncStore store, PolicyRegistry policies, Clock clock) {
    this.store = store;
    this.policies = policies;
    this.clock = clock;
  }

  /** The conflict, if any. */
  public Optional<ConflictRecord> find(UUID conflictId) {
    return store.inTransaction(tx -> tx.conflict(conflictId));
  }

  /** The conflicts raised on a record, oldest first. */
  public List<ConflictRecord> of(RecordKey key) {
    return store.inTransaction(tx -> tx.conflictsOf(key));
  }

  /**
   * Resolves an open conflict with a value for each held field and returns the record version after
   * the resolution.
   */
  public long resolve(UUID conflictId, Map<String, FieldValue> chosen, String resolvedBy) {
    return store.inTransaction(
        tx -> {
          ConflictRecord conflict =
              tx.conflict(conflictId)
                  .orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
          if (!conflict.open()) {
            throw new IllegalStateException("conflict " + conflictId + " is already resolved");
          }
          Set<String> held =
              conflict.fields().stream().map(FieldConflict::field).collect(Collectors.toSet());
          if (!chosen.keySet().equals(held)) {
            throw new IllegalArgumentException(
                "choose exactly the held fields " + held + " but got " + chosen.keySet());
          }
          StoredRecord current =
              tx.record(conflict.record())
                  .orElseThrow(() -> new IllegalStateException("record vanished"));
          RecordChange change = change(conflict, current, chosen);
          long version =
              RecordWriter.write(
                  tx, conflict.record(), Optional.of(current), change, Writers.SERVER);
          tx.putConflict(
              conflict.withStatus(
                  new ConflictStatus.Resolved(resolvedBy, clock.instant(), version)));
          return version;
        });
  }

  private RecordChange change(
      ConflictRecord conflict, StoredRecord current, Map<String, FieldValue> chosen) {
    Map<String, FieldValue> values = new HashMap<>(chosen);
    FieldValue deleted = values.remove(FieldConflict.DELETED);
    if (FieldValue.of(true).equals(deleted)) {
      return current.state().deleted()
          ? new RecordChange.NoChange()
          : new RecordChange.DeleteRecord();
    }
    if (deleted != null && !FieldValue.of(false).equals(deleted)) {
      throw new IllegalArgumentException("_deleted must be true or false but was " + deleted);
    }
    PayloadValidator.serverWriteProblem(
            policies.find(conflict.record().entityType()).orElseThrow(), values)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    values.entrySet().removeIf(e -> e.getValue().equals(current.state().value(e.getKey())));
    boolean resurrect = current.state().deleted();
    return values.isEmpty() && !resurrect
        ? new RecordChange.NoChange()
        : new RecordChange.SetFields(values, resurrect);
  }
}
