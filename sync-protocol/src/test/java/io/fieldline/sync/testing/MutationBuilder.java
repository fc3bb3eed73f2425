package io.fieldline.sync.testing;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Operation;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Mutations from a valid baseline: {@link #aVisitNoteUpdate()} is sequence 1 updating the notes of
 * visit "visit-1" edited at version 1, at {@link TestServer#T0}.
 */
public final class MutationBuilder {

  private long sequence = 1;
  private RecordKey key = TestIds.key("visit", "visit-1");
  private Operation operation = Operation.UPDATE;
  private long baseVersion = 1;
  private Map<String, FieldValue> fields = new HashMap<>(Fields.of("notes", "Checked the pump"));
  private Instant deviceTime = TestServer.T0;

  private MutationBuilder() {}

  /** The baseline: an update of a visit's device-owned notes. */
  public static MutationBuilder aVisitNoteUpdate() {
    return new MutationBuilder();
  }

  /** A create of {@code key} with {@code fields}. */
  public static MutationBuilder aCreate(RecordKey key, Map<String, FieldValue> fields) {
    return new MutationBuilder()
        .record(key)
        .operation(Operation.CREATE)
        .baseVersion(0)
        .fields(fields);
  }

  /** An update of {@code key} edited at {@code baseVersion}. */
  public static MutationBuilder anUpdate(
      RecordKey key, long baseVersion, Map<String, FieldValue> fields) {
    return new MutationBuilder().record(key).baseVersion(baseVersion).fields(fields);
  }

  /** A delete of {@code key} as seen at {@code baseVersion}. */
  public static MutationBuilder aDelete(RecordKey key, long baseVersion) {
    return new MutationBuilder()
        .record(key)
        .operation(Operation.DELETE)
        .baseVersion(baseVersion)
        .fields(Map.of());
  }

  public MutationBuilder sequence(long sequence) {
    this.sequence = sequence;
    return this;
  }

  public MutationBuilder record(RecordKey key) {
    this.key = key;
    return this;
  }

  public MutationBuilder operation(Operation operation) {
    this.operation = operation;
    return this;
  }

  public MutationBuilder baseVersion(long baseVersion) {
    this.baseVersion = baseVersion;
    return this;
  }

  public MutationBuilder fields(Map<String, FieldValue> fields) {
    this.fields = new HashMap<>(fields);
    return this;
  }

  public MutationBuilder field(String name, Object value) {
    this.fields.put(name, Fields.value(value));
    return this;
  }

  public MutationBuilder deviceTime(Instant deviceTime) {
    this.deviceTime = deviceTime;
    return this;
  }

  public Mutation build() {
    return new Mutation(
        sequence, key.entityType(), key.id(), operation, baseVersion, fields, deviceTime);
  }
}
