package io.fieldline.sync.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value held by a record field. Immutable; numbers are normalised so that equal numbers are
 * {@code equals} (1.50 == 1.5), which the merge engine and the body hash rely on.
 */
public sealed interface FieldValue {

  /** The JSON null. */
  FieldValue NULL = new NullValue();

  /** A short type name for messages ("text", "number", ...). */
  String typeName();

  /** A text value. */
  static FieldValue of(String value) {
    return new TextValue(value);
  }

  /** A number value. */
  static FieldValue of(long value) {
    return new NumberValue(BigDecimal.valueOf(value));
  }

  /** A number value. */
  static FieldValue of(BigDecimal value) {
    return new NumberValue(value);
  }

  /** A boolean value. */
  static FieldValue of(boolean value) {
    return new BoolValue(value);
  }

  /** A list value. */
  static FieldValue list(List<FieldValue> items) {
    return new ListValue(items);
  }

  /** An object value. */
  static FieldValue object(Map<String, FieldValue> members) {
    return new ObjectValue(members);
  }

  /** JSON null. */
  record NullValue() implements FieldValue {
    @Override
    public String typeName() {
      return "null";
    }
  }

  /** JSON true/false. */
  record BoolValue(boolean value) implements FieldValue {
    @Override
    public String typeName() {
      return "boolean";
    }
  }

  /**
   * A JSON number, normalised (trailing zeros stripped). At most 38 significant digits and a scale
   * within [-32, 32], so the plain decimal form stays short.
   */
  record NumberValue(BigDecimal value) implements FieldValue {
    public NumberValue {
      Objects.requireNonNull(value, "value must not be null");
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      if (value.precision() > 38 || value.scale() > 32 || value.scale() < -32) {
        throw new IllegalArgumentException(
            "number must have <= 38 digits and scale within [-32, 32] but was " + value);
      }
    }

    @Override
    public String typeName() {
      return "number";
    }
  }

  /** A JSON string. */
  record TextValue(String value) implements FieldValue {
    public TextValue {
      Objects.requireNonNull(value, "value must not be null");
    }

    @Override
    public String typeName() {
      return "text";
    }
  }

  /** A JSON array. */
  record ListValue(List<FieldValue> items) implements FieldValue {
    public ListValue {
      items = List.copyOf(items);
    }

    @Override
    public String typeName() {
      return "list";
    }
  }

  /** A JSON object. */
  record ObjectValue(Map<String, FieldValue> members) implements FieldValue {
    public ObjectValue {
      members = Map.copyOf(members);
    }

    @Override
    public String typeName() {
      return "object";
    }
  }
}
