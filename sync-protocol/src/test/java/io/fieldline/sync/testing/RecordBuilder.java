package io.fieldline.sync.testing;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import java.util.HashMap;
import java.util.Map;

/**
 * Server records from a valid baseline: {@link #aVisit()} is visit "visit-1" at version 1 with the
 * {@link TestServer#baselineVisit()} fields, all written by the server at version 1.
 */
public final class RecordBuilder {

  private RecordKey key;
  private long version = 1;
  private boolean deleted;
  private final Map<String, FieldValue> fields = new HashMap<>();
  private final Map<String, Long> versions = new HashMap<>();
  private final Map<String, String> writers = new HashMap<>();

  private RecordBuilder(RecordKey key, Map<String, FieldValue> initial) {
    this.key = key;
    initial.forEach((name, value) -> field(name, value, 1, Writers.SERVER));
  }

  /** The baseline visit. */
  public static RecordBuilder aVisit() {
    return new RecordBuilder(TestIds.key("visit", "visit-1"), TestServer.baselineVisit());
  }

  /** A record of {@code key} at version 1 with {@code fields} written by the server. */
  public static RecordBuilder aRecord(RecordKey key, Map<String, FieldValue> fields) {
    return new RecordBuilder(key, fields);
  }

  /** Sets a field as written at {@code fieldVersion} by {@code writer}; raises the version. */
  public RecordBuilder field(String name, Object value, long fieldVersion, String writer) {
    fields.put(name, Fields.value(value));
    versions.put(name, fieldVersion);
    writers.put(name, writer);
    version = Math.max(version, fieldVersion);
    return this;
  }

  /** Sets the record version (at least every field version). */
  public RecordBuilder version(long version) {
    this.version = version;
    return this;
  }

  /** Marks the record deleted (a tombstone keeping its fields). */
  public RecordBuilder deleted() {
    this.deleted = true;
    return this;
  }

  public StoredRecord build() {
    return new StoredRecord(new RecordState(key, version, deleted, fields, versions), writers);
  }
}
