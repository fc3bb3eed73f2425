package io.fieldline.sync.merge;

import io.fieldline.sync.model.FieldValue;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Checks a merged record against required fields and business rules (VALIDATION_FAILED, R15). */
public final class RecordRules {

  private RecordRules() {}

  /** What rule the merged {@code fields} break, or empty when they satisfy {@code policy}. */
  public static Optional<String> problem(EntityPolicy policy, Map<String, FieldValue> fields) {
    for (FieldPolicy field : new TreeMap<>(policy.fields()).values()) {
      if (field.required()
          && fields.getOrDefault(field.name(), FieldValue.NULL) instanceof FieldValue.NullValue) {
        return Optional.of("required field '" + field.name() + "' is missing");
      }
    }
    for (RecordRule rule : policy.rules()) {
      if (!rule.holds().test(fields)) {
        return Optional.of(rule.name() + ": " + rule.message());
      }
    }
    return Optional.empty();
  }
}
