package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Input checks shared by the field-service operations; each failure names the field. */
public final class Check {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

  private Check() {}

  /** The trimmed text, or null when blank; VALIDATION_FAILED when longer than {@code max}. */
  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw ApiException.invalid(field, field + " must be at most " + max + " characters");
    }
    return text;
  }

  /** The trimmed text; VALIDATION_FAILED when blank or longer than {@code max}. */
  public static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw ApiException.invalid(field, field + " is required");
    }
    return text;
  }

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw ApiException.invalid(field, field + " is required");
    }
    return value;
  }

  /** A lower-case hex SHA-256 digest. */
  public static String sha256(String field, String value) {
    if (value == null || !SHA256.matcher(value).matches()) {
      throw ApiException.invalid(field, field + " must be a SHA-256 digest in lower-case hex");
    }
    return value;
  }

  public static String mediaType(String field, String value) {
    if (value == null || !MEDIA_TYPE.matcher(value).matches()) {
      throw ApiException.invalid(field, field + " must be a media type such as image/jpeg");
    }
    return value;
  }

  public static int range(String field, Integer value, int min, int max, int fallback) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw ApiException.invalid(field, field + " must be between " + min + " and " + max);
    }
    return v;
  }

  /** A positive quantity with at most 3 decimals and below a billion. */
  public static BigDecimal quantity(String field, BigDecimal value) {
    if (value == null || value.signum() <= 0) {
      throw ApiException.invalid(field, field + " must be positive");
    }
    return scaled(field, value);
  }

  /** A non-zero quantity of either sign with at most 3 decimals and below a billion. */
  public static BigDecimal scaled(String field, BigDecimal value) {
    BigDecimal v = present(field, value).stripTrailingZeros();
    if (v.signum() == 0
        || v.scale() > 3
        || v.abs().compareTo(BigDecimal.valueOf(999_999_999L)) > 0) {
      throw ApiException.invalid(
          field, field + " must be non-zero, at most 3 decimals, below one billion");
    }
    return v;
  }
}
