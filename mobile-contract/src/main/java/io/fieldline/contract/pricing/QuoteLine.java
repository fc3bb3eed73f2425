package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a quote as the rep entered it. Business rules (positive quantity, discount range,
 * known product...) are not enforced here: the engine reports them as {@link PricingIssue}s.
 *
 * @param productId the quoted product
 * @param quantity how many units; may be fractional (hours, kg), at most 3 decimals
 * @param discountPercent line discount in percent, 0 to 100; {@code null} means 0
 * @param unitPriceOverride a unit price typed by the rep instead of the list price, or {@code
 *     null}; only allowed when the rep's {@link DiscountEnvelope#priceOverrideAllowed()}
 */
public record QuoteLine(
    String productId,
    BigDecimal quantity,
    BigDecimal discountPercent,
    BigDecimal unitPriceOverride) {

  /** Requires product and quantity; a missing discount becomes 0. */
  public QuoteLine {
    Checks.required(productId, "line.productId");
    Checks.required(quantity, "line.quantity");
    discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
  }

  /** A line at list price without discount. */
  public static QuoteLine of(String productId, BigDecimal quantity) {
    return new QuoteLine(productId, quantity, BigDecimal.ZERO, null);
  }

  /** The manual unit price, if the rep typed one. */
  public Optional<BigDecimal> priceOverride() {
    return Optional.ofNullable(unitPriceOverride);
  }

  /** A copy with another quantity. */
  public QuoteLine withQuantity(BigDecimal newQuantity) {
    return new QuoteLine(productId, newQuantity, discountPercent, unitPriceOverride);
  }

  /** A copy with another line discount. */
  public QuoteLine withDiscountPercent(BigDecimal newDiscount) {
    return new QuoteLine(productId, quantity, newDiscount, unitPriceOverride);
  }

  /** A copy with a manual unit price ({@code null} removes it). */
  public QuoteLine withUnitPriceOverride(BigDecimal newOverride) {
    return new QuoteLine(productId, quantity, discountPercent, newOverride);
  }
}
