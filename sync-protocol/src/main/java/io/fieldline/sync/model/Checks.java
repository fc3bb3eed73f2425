package io.fieldline.sync.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the compact constructors; messages name the field and the value. */
public final class Checks {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private Checks() {}

  /** Requires a lower-snake identifier (entity types and field names). */
  public static String name(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match [a-z][a-z0-9_]{0,63} but was '" + value + "'");
    }
    return value;
  }

  /** Whether {@code value} is a valid lower-snake identifier. */
  public static boolean isName(String value) {
    return value != null && NAME.matcher(value).matches();
  }

  /** Requires a non-blank string of at most {@code max} characters. */
  public static String text(String value, String field, int max) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be non-blank and at most " + max + " characters but was '" + value + "'");
    }
    return value;
  }

  /** Requires {@code value >= min}. */
  public static long atLeast(long value, long min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + " but was " + value);
    }
    return value;
  }

  /** Requires a lower-case hex SHA-256 digest. */
  public static String sha256(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (!value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          field + " must be 64 lower-case hex digits but was '" + value + "'");
    }
    return value;
  }
}
