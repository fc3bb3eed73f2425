package io.fieldline.sync.engine;

import io.fieldline.sync.merge.RecordChange;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.wire.Change;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes the next version of a record and appends its change (a full-state upsert, or a delete) to
 * the change log of every scope the record belongs to (R35, R36).
 */
final class RecordWriter {

  private RecordWriter() {}

  /**
   * Applies {@code change} as {@code writer} and returns the record version after it (the current
   * version for {@link RecordChange.NoChange}).
   */
  static long write(
      StoreTx tx,
      RecordKey key,
      Optional<StoredRecord> current,
      RecordChange change,
      String writer) {
    long currentVersion = current.map(r -> r.state().version()).orElse(0L);
    if (change instanceof RecordChange.NoChange) {
      return currentVersion;
    }
    long version = currentVersion + 1;
    Map<String, FieldValue> fields = new HashMap<>();
    Map<String, Long> versions = new HashMap<>();
    Map<String, String> writers = new HashMap<>();
    boolean deleted = false;
    if (current.isPresent()) {
      fields.putAll(current.get().state().fields());
      versions.putAll(current.get().state().fieldVersions());
      writers.putAll(current.get().fieldWriters());
      deleted = current.get().state().deleted();
    }
    if (change instanceof RecordChange.SetFields) {
      RecordChange.SetFields set = (RecordChange.SetFields) change;
      set.values()
          .forEach(
              (field, value) -> {
                fields.put(field, value);
                versions.put(field, version);
                writers.put(field, writer);
              });
      deleted = deleted && !set.resurrect();
    } else {
      deleted = true;
    }
    RecordState state = new RecordState(key, version, deleted, fields, versions);
    tx.putRecord(new StoredRecord(state, writers));
    Change logged = deleted ? new Change.Delete(key, version) : new Change.Upsert(state);
    for (String scope : new TreeSet<>(tx.scopesOf(key))) {
      tx.appendChange(scope, logged);
    }
    return version;
  }
}
