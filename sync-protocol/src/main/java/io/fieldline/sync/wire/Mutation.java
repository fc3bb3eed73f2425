package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One offline write (PROTOCOL.md R5): the device's gap-free sequence number, the record (id chosen
 * by the device for creates), the operation, the changed fields only, the record version the device
 * edited, and the device time (metadata, never used for ordering).
 *
 * <p>Shape: CREATE has base version 0; UPDATE has base version &gt;= 1 and at least one field;
 * DELETE has base version &gt;= 1 and no fields. For counter fields the value is a signed delta.
 */
public record Mutation(
    long sequence,
    String entityType,
    UUID recordId,
    Operation operation,
    long baseVersion,
    Map<String, FieldValue> fields,
    Instant deviceTime)
    implements MutationEntry {

  public Mutation {
    Checks.atLeast(sequence, 1, "sequence");
    Checks.name(entityType, "entityType");
    Objects.requireNonNull(recordId, "recordId must not be null");
    Objects.requireNonNull(operation, "operation must not be null");
    fields = Map.copyOf(fields);
    Objects.requireNonNull(deviceTime, "deviceTime must not be null");
    switch (operation) {
      case CREATE:
        if (baseVersion != 0) {
          throw new IllegalArgumentException(
              "baseVersion must be 0 for create but was " + baseVersion);
        }
        break;
      case UPDATE:
        Checks.atLeast(baseVersion, 1, "baseVersion");
        if (fields.isEmpty()) {
          throw new IllegalArgumentException("fields must not be empty for update");
        }
        break;
      case DELETE:
        Checks.atLeast(baseVersion, 1, "baseVersion");
        if (!fields.isEmpty()) {
          throw new IllegalArgumentException("fields must be empty for delete but were " + fields);
        }
        break;
      default:
        throw new IllegalArgumentException("operation " + operation);
    }
  }

  /** The key of the record this mutation writes. */
  public RecordKey key() {
    return new RecordKey(entityType, recordId);
  }

  /** A copy with another sequence number. */
  public Mutation withSequence(long sequence) {
    return new Mutation(sequence, entityType, recordId, operation, baseVersion, fields, deviceTime);
  }

  /** A copy with other fields. */
  public Mutation withFields(Map<String, FieldValue> fields) {
    return new Mutation(sequence, entityType, recordId, operation, baseVersion, fields, deviceTime);
  }

  /** A copy with another base version. */
  public Mutation withBaseVersion(long baseVersion) {
    return new Mutation(sequence, entityType, recordId, operation, baseVersion, fields, deviceTime);
  }

  /** A copy with another device time. */
  public Mutation withDeviceTime(Instant deviceTime) {
    return new Mutation(sequence, entityType, recordId, operation, baseVersion, fields, deviceTime);
  }
}
