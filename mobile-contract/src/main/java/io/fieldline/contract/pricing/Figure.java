package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.util.function.Function;

/** One figure of {@link Totals}, as named in a {@link TotalsCheck.TotalsMismatch}. */
public enum Figure {
  LIST_TOTAL(Totals::listTotal),
  SUBTOTAL(Totals::subtotal),
  QUOTE_DISCOUNT(Totals::quoteDiscount),
  DISCOUNT_TOTAL(Totals::discountTotal),
  NET(Totals::net),
  TAX(Totals::tax),
  GRAND_TOTAL(Totals::grandTotal);

  private final Function<Totals, BigDecimal> accessor;

  Figure(Function<Totals, BigDecimal> accessor) {
    this.accessor = accessor;
  }

  /** This figure's value in {@code totals}. */
  public BigDecimal of(Totals totals) {
    return accessor.apply(totals);
  }

  /** The wire token, e.g. {@code "GRAND_TOTAL"}. */
  public String wire() {
    return name();
  }

  /** Parses a wire token; rejects unknown tokens. */
  public static Figure fromWire(String token) {
    for (Figure figure : values()) {
      if (figure.name().equals(token)) {
        return figure;
      }
    }
    throw new IllegalArgumentException("unknown totals figure: " + token);
  }
}
