package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.RecordRule;
import io.fieldline.sync.model.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Business rules derived from a column's constraints, checked by the merge engine on the merged
 * record (VALIDATION_FAILED, R15) so a device's write never reaches a constraint of the table.
 */
final class ColumnRules {

  private ColumnRules() {}

  static List<RecordRule> of(Column c) {
    List<RecordRule> rules = new ArrayList<>();
    String f = c.field();
    if (c.notNull()) {
      rules.add(rule(f + "_required", f + " is required", fields -> !isNull(fields.get(f))));
    }
    if (c.type() == ColumnType.UUID) {
      rules.add(rule(f + "_uuid", f + " must be a UUID", text(f, ColumnRules::isUuid)));
    }
    if (c.maxLength() > 0) {
      rules.add(
          rule(
              f + "_length",
              f + " must have at most " + c.maxLength() + " characters",
              text(f, s -> s.length() <= c.maxLength())));
    }
    if (c.pattern() != null) {
      Pattern pattern = Pattern.compile(c.pattern());
      rules.add(
          rule(
              f + "_format",
              f + " must match " + c.pattern(),
              text(f, s -> pattern.matcher(s).matches())));
    }
    if (!c.allowed().isEmpty()) {
      rules.add(
          rule(
              f + "_value",
              f + " must be one of " + new java.util.TreeSet<>(c.allowed()),
              text(f, c.allowed()::contains)));
    }
    if (c.min() != null) {
      rules.add(
          rule(
              f + "_range",
              f + " must be between " + c.min() + " and " + c.max(),
              fields ->
                  !(fields.get(f) instanceof FieldValue.NumberValue n)
                      || (n.value().doubleValue() >= c.min()
                          && n.value().doubleValue() <= c.max())));
    }
    return rules;
  }

  static RecordRule rule(String name, String message, Predicate<Map<String, FieldValue>> holds) {
    return new RecordRule(name, message, holds);
  }

  /** Holds when the field is absent, null or not text, or its text passes {@code test}. */
  static Predicate<Map<String, FieldValue>> text(String field, Predicate<String> test) {
    return fields -> !(fields.get(field) instanceof FieldValue.TextValue t) || test.test(t.value());
  }

  static boolean isNull(FieldValue value) {
    return value == null || value instanceof FieldValue.NullValue;
  }

  static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equals(text.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
