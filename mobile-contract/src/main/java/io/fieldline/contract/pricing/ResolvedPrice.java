package io.fieldline.contract.pricing;

import java.math.BigDecimal;

/**
 * A product's unit list price and the price book it came from.
 *
 * @param book the winning price book
 * @param unitPrice its unit list price for the product
 */
public record ResolvedPrice(PriceBook book, BigDecimal unitPrice) {

  /** Validates. */
  public ResolvedPrice {
    Checks.required(book, "resolvedPrice.book");
    Checks.nonNegative(unitPrice, "resolvedPrice.unitPrice");
  }
}
