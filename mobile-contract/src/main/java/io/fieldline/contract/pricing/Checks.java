package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Argument checks shared by the compact constructors; messages name the field and the value. */
final class Checks {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Checks() {}

  static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  static String id(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  static BigDecimal nonNegative(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  static BigDecimal percent(BigDecimal value, String field) {
    nonNegative(value, field);
    if (value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(field + " must be at most 100: " + value);
    }
    return value;
  }

  /** Checks that an optional exclusive end date lies after the inclusive start date. */
  static void period(LocalDate from, LocalDate to, String what) {
    required(from, what + ".validFrom");
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException(
          what + ".validTo " + to + " must be after validFrom " + from);
    }
  }

  /** Whether {@code date} lies in [from, to); a null {@code to} is open-ended. */
  static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }
}
