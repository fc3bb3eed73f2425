package io.fieldline.sync.merge;

import io.fieldline.sync.model.FieldValue;
import java.util.Map;

/** The write a merge produces. */
public sealed interface RecordChange {

  /**
   * Sets these fields to these values (only values that differ from the current ones); {@code
   * resurrect} undeletes the record.
   */
  record SetFields(Map<String, FieldValue> values, boolean resurrect) implements RecordChange {
    public SetFields {
      values = Map.copyOf(values);
    }
  }

  /** Deletes (tombstones) the record. */
  record DeleteRecord() implements RecordChange {}

  /** Writes nothing (converged values, an already deleted record, or everything held). */
  record NoChange() implements RecordChange {}
}
