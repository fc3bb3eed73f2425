package io.fieldline.sync.merge;

import io.fieldline.sync.model.FieldValue;
import java.util.Optional;

/**
 * The field values of the record at the mutation's base version, for conflict records. Empty when
 * that version's history is past the retention horizon.
 */
@FunctionalInterface
public interface BaseValues {

  /** No history available. */
  BaseValues UNKNOWN = field -> Optional.empty();

  /** The value {@code field} had at the base version (JSON null when absent then). */
  Optional<FieldValue> at(String field);
}
