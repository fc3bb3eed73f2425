package io.fieldline.sync.model;

import java.util.Map;
import java.util.Objects;

/**
 * One version of a record as the server holds it: every field with the version that last set it.
 * Versions are per record, start at 1 and grow by one per committed change. A deleted record
 * (tombstone) keeps its last fields so an edit-wins rule can resurrect it and a conflict can show
 * "theirs".
 */
public record RecordState(
    RecordKey key,
    long version,
    boolean deleted,
    Map<String, FieldValue> fields,
    Map<String, Long> fieldVersions) {

  public RecordState {
    Objects.requireNonNull(key, "key must not be null");
    Checks.atLeast(version, 1, "version");
    fields = Map.copyOf(fields);
    fieldVersions = Map.copyOf(fieldVersions);
    if (!fields.keySet().equals(fieldVersions.keySet())) {
      throw new IllegalArgumentException(
          "fieldVersions keys "
              + fieldVersions.keySet()
              + " must equal fields keys "
              + fields.keySet()
              + " for "
              + key);
    }
    for (Map.Entry<String, Long> e : fieldVersions.entrySet()) {
      Checks.name(e.getKey(), "field name");
      if (e.getValue() < 1 || e.getValue() > version) {
        throw new IllegalArgumentException(
            "fieldVersions."
                + e.getKey()
                + " must be in [1, "
                + version
                + "] but was "
                + e.getValue());
      }
    }
  }

  /** The value of {@code field}, or JSON null when the record has no such field. */
  public FieldValue value(String field) {
    return fields.getOrDefault(field, FieldValue.NULL);
  }

  /** The version that last set {@code field}, or 0 when the record has no such field. */
  public long fieldVersion(String field) {
    return fieldVersions.getOrDefault(field, 0L);
  }
}
