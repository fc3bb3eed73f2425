package io.fieldline.sync.model;

import java.util.Map;
import java.util.Objects;

/**
 * A record state plus, per field, who last wrote it ({@link Writers}). The merge engine uses the
 * writer to tell a concurrent change from the device's own earlier change (PROTOCOL.md R19). The
 * writers never travel on the wire.
 */
public record StoredRecord(RecordState state, Map<String, String> fieldWriters) {

  public StoredRecord {
    Objects.requireNonNull(state, "state must not be null");
    fieldWriters = Map.copyOf(fieldWriters);
    if (!fieldWriters.keySet().equals(state.fields().keySet())) {
      throw new IllegalArgumentException(
          "fieldWriters keys "
              + fieldWriters.keySet()
              + " must equal fields keys "
              + state.fields().keySet());
    }
  }

  /** The record's key. */
  public RecordKey key() {
    return state.key();
  }

  /** Who last wrote {@code field}, or empty string when the field is absent. */
  public String writer(String field) {
    return fieldWriters.getOrDefault(field, "");
  }
}
