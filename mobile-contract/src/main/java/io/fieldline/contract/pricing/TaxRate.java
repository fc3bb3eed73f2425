package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The tax rate of a category from {@code validFrom} (inclusive) until {@code validTo} (exclusive;
 * {@code null} means open-ended), the same convention as {@link PriceBook}. Periods of one category
 * must not overlap ({@link Catalog} checks).
 *
 * @param category tax category, matched against {@link Product#taxCategory()}
 * @param ratePercent rate in percent, 0 to 100 (19 means 19 %)
 * @param validFrom first day the rate applies
 * @param validTo first day the rate no longer applies, or {@code null}
 */
public record TaxRate(
    String category, BigDecimal ratePercent, LocalDate validFrom, LocalDate validTo) {

  /** Validates. */
  public TaxRate {
    Checks.id(category, "taxRate.category");
    Checks.percent(ratePercent, "taxRate.ratePercent");
    Checks.period(validFrom, validTo, "taxRate " + category);
  }

  /** Whether the rate applies on {@code date}. */
  public boolean validOn(LocalDate date) {
    return Checks.within(date, validFrom, validTo);
  }

  boolean overlaps(TaxRate other) {
    boolean startsBeforeOtherEnds = other.validTo == null || validFrom.isBefore(other.validTo);
    boolean otherStartsBeforeThisEnds = validTo == null || other.validFrom.isBefore(validTo);
    return category.equals(other.category) && startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
