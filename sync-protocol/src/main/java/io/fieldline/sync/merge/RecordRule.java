package io.fieldline.sync.merge;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A business rule the merged record must satisfy; a violation rejects the mutation with
 * VALIDATION_FAILED (R15). Rules are identified by name so other implementations can mirror them.
 */
public record RecordRule(String name, String message, Predicate<Map<String, FieldValue>> holds) {

  public RecordRule {
    Checks.name(name, "name");
    Checks.text(message, "message", 500);
    Objects.requireNonNull(holds, "holds must not be null");
  }
}
