package io.fieldline.backend.sales.pricing;

import io.fieldline.contract.pricing.PricedQuote;
import io.fieldline.contract.pricing.Rounding;
import java.math.BigDecimal;
import java.util.List;

/**
 * The server's pricing of a quote or order.
 *
 * @param quote the engine's lines and totals (the figures the server stores)
 * @param exceeded the envelope limits exceeded; empty when the rep may approve
 * @param mismatch the client's totals that disagreed; empty when they matched or none were sent
 */
public record PricingOutcome(
    PricedQuote quote, List<ExcessView> exceeded, List<MismatchView> mismatch) {

  /** Whether the quote lies outside the rep's discount envelope. */
  public boolean envelopeExceeded() {
    return !exceeded.isEmpty();
  }

  /** Whether the client's totals were wrong and have been replaced. */
  public boolean corrected() {
    return !mismatch.isEmpty();
  }

  /** The effective discount of the whole quote against list prices, in percent. */
  public BigDecimal totalDiscountPercent() {
    return Rounding.percentOf(quote.totals().discountTotal(), quote.totals().listTotal());
  }
}
