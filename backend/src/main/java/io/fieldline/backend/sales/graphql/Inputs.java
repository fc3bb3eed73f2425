package io.fieldline.backend.sales.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import java.math.BigDecimal;
import java.util.UUID;

/** Checks on input fields, each failing with VALIDATION_FAILED naming the field. */
public final class Inputs {
  private Inputs() {}

  /** A required text of 1 to {@code max} characters (trimmed). */
  public static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, field + " is required");
    }
    return optionalText(field, value, max);
  }

  /** An optional text of at most {@code max} characters; blank becomes null. */
  public static String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.length() > max) {
      throw ApiException.invalid(field, field + " must be at most " + max + " characters");
    }
    return trimmed;
  }

  /** An optional e-mail address. */
  public static String email(String field, String value) {
    String email = optionalText(field, value, 254);
    if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+$")) {
      throw ApiException.invalid(field, field + " is not an e-mail address");
    }
    return email;
  }

  /** An optional id. */
  public static UUID optionalId(String field, String value) {
    return value == null || value.isBlank() ? null : Ids.parse(field, value);
  }

  /** A required non-null value. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw ApiException.invalid(field, field + " is required");
    }
    return value;
  }

  /** Amounts above this are refused (they would not fit the money columns). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

  /** An amount of zero or more, below {@link #MAX_AMOUNT}. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    required(field, value);
    if (value.signum() < 0) {
      throw ApiException.invalid(field, field + " must not be negative");
    }
    if (value.compareTo(MAX_AMOUNT) >= 0) {
      throw ApiException.invalid(field, field + " must be below " + MAX_AMOUNT.toPlainString());
    }
    return value;
  }

  /** A whole percentage 0..100. */
  public static int percent(String field, Integer value) {
    required(field, value);
    if (value < 0 || value > 100) {
      throw ApiException.invalid(field, field + " must be between 0 and 100");
    }
    return value;
  }

  /** An ISO 4217 currency code of three capitals. */
  public static String currency(String field, String value) {
    String code = text(field, value, 3);
    if (!code.matches("[A-Z]{3}")) {
      throw ApiException.invalid(field, field + " must be a three-letter currency code");
    }
    return code;
  }
}
