package io.fieldline.sync.model;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

/** Typed reads of {@link FieldValue}s; failures are {@link IllegalArgumentException}s. */
public final class Values {

  private static final Pattern CANONICAL_UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Values() {}

  /** The string of a text value. */
  public static String text(FieldValue value, String what) {
    if (value instanceof FieldValue.TextValue) {
      return ((FieldValue.TextValue) value).value();
    }
    throw new IllegalArgumentException(what + " must be text but was " + value.typeName());
  }

  /** The number of a number value. */
  public static BigDecimal number(FieldValue value, String what) {
    if (value instanceof FieldValue.NumberValue) {
      return ((FieldValue.NumberValue) value).value();
    }
    throw new IllegalArgumentException(what + " must be a number but was " + value.typeName());
  }

  /** The integral number of a number value. */
  public static long longValue(FieldValue value, String what) {
    try {
      return number(value, what).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " must be an integer but was " + value);
    }
  }

  /** A canonical lower-case UUID held as text. */
  public static UUID uuid(FieldValue value, String what) {
    return uuid(text(value, what), what);
  }

  /** Parses a canonical lower-case UUID string. */
  public static UUID uuid(String text, String what) {
    if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
      throw new IllegalArgumentException(
          what + " must be a lower-case canonical UUID but was '" + text + "'");
    }
    return UUID.fromString(text);
  }
}
