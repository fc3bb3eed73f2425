package io.fieldline.sync.engine;

import io.fieldline.sync.merge.AppendOnly;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.merge.PayloadValidator;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.merge.RecordChange;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.wire.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Server-side changes (back office, dispatch): device registration, authoritative record writes and
 * scope grants and evictions. Each call is one transaction whose changes flow to devices through
 * the change log like any other (R35-R37). Misuse (unknown record, undeclared field) is an {@link
 * IllegalArgumentException}.
 */
public final class ServerWrites {

  private final SyncStore store;
  private final PolicyRegistry policies;

  ServerWrites(SyncStore store, PolicyRegistry policies) {
    this.store = store;
    this.policies = policies;
  }

  /** Registers (or re-registers) a device to its owner and scope. */
  public void registerDevice(DeviceInfo device) {
    store.inTransaction(
        tx -> {
          tx.putDevice(device);
          return null;
        });
  }

  /** Creates a record at version 1 as a member of {@code scopes}; returns its version. */
  public long create(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes) {
    Map<String, FieldValue> values = checked(key, fields);
    return store.inTransaction(
        tx -> {
          if (tx.record(key).isPresent()) {
            throw new IllegalArgumentException("record " + key + " already exists");
          }
          new TreeSet<>(scopes).forEach(scope -> tx.addMember(scope, key));
          return RecordWriter.write(
              tx, key, Optional.empty(), new RecordChange.SetFields(values, false), Writers.SERVER);
        });
  }

  /** Sets fields of a live record (counters and statuses absolutely); returns the new version. */
  public long update(RecordKey key, Map<String, FieldValue> fields) {
    Map<String, FieldValue> values = checked(key, fields);
    return store.inTransaction(
        tx -> {
          StoredRecord current = live(tx, key);
          Map<String, FieldValue> changed = new HashMap<>(values);
          changed.entrySet().removeIf(e -> e.getValue().equals(current.state().value(e.getKey())));
          RecordChange change =
              changed.isEmpty()
                  ? new RecordChange.NoChange()
                  : new RecordChange.SetFields(changed, false);
          return RecordWriter.write(tx, key, Optional.of(current), change, Writers.SERVER);
        });
  }

  /** Deletes a record (a no-op if it is already deleted); returns its version. */
  public long delete(RecordKey key) {
    return store.inTransaction(
        tx -> {
          StoredRecord current =
              tx.record(key).orElseThrow(() -> new IllegalArgumentException("no record " + key));
          RecordChange change =
              current.state().deleted()
                  ? new RecordChange.NoChange()
                  : new RecordChange.DeleteRecord();
          return RecordWriter.write(tx, key, Optional.of(current), change, Writers.SERVER);
        });
  }

  /**
   * Adds a live record and the related live records it needs to a scope, and appends one grant
   * carrying them all to the scope's stream (R37).
   */
  public void grant(String scopeId, RecordKey record, List<RecordKey> related) {
    store.inTransaction(
        tx -> {
          RecordState primary = live(tx, record).state();
          List<RecordState> others = new ArrayList<>();
          for (RecordKey key : related) {
            others.add(live(tx, key).state());
          }
          tx.addMember(scopeId, record);
          related.forEach(key -> tx.addMember(scopeId, key));
          tx.appendChange(scopeId, new Change.Grant(primary, others));
          return null;
        });
  }

  /** Removes records from a scope, appending an evict for each one that was a member (R37). */
  public void evict(String scopeId, List<RecordKey> records) {
    store.inTransaction(
        tx -> {
          for (RecordKey key : records) {
            if (tx.isMember(scopeId, key)) {
              tx.removeMember(scopeId, key);
              tx.appendChange(scopeId, new Change.Evict(key));
            }
          }
          return null;
        });
  }

  private Map<String, FieldValue> checked(RecordKey key, Map<String, FieldValue> fields) {
    EntityPolicy policy =
        policies
            .find(key.entityType())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown entity type " + key.entityType()));
    PayloadValidator.serverWriteProblem(policy, fields)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    Map<String, FieldValue> values = new HashMap<>(fields);
    values.replaceAll(
        (name, value) ->
            policy.field(name).orElseThrow().policy() == MergePolicy.APPEND_ONLY
                ? AppendOnly.canonical(value)
                : value);
    return values;
  }

  static StoredRecord live(StoreTx tx, RecordKey key) {
    StoredRecord record =
        tx.record(key).orElseThrow(() -> new IllegalArgumentException("no record " + key));
    if (record.state().deleted()) {
      throw new IllegalArgumentException("record " + key + " is deleted");
    }
    return record;
  }
}
