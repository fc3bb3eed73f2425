package io.fieldline.contract.pricing;

import java.math.BigDecimal;

/**
 * How far a rep may discount without approval. All limits are percentages from 0 to 100; a quote
 * within every limit is approvable by the rep, otherwise it needs approval ({@link
 * EnvelopeVerdict}).
 *
 * @param maxLineDiscountPercent most effective discount on any one line
 * @param maxQuoteDiscountPercent most quote-level discount
 * @param maxTotalDiscountPercent most effective discount of the whole quote against list prices
 * @param priceOverrideAllowed whether the rep may type a unit price instead of the list price
 */
public record DiscountEnvelope(
    BigDecimal maxLineDiscountPercent,
    BigDecimal maxQuoteDiscountPercent,
    BigDecimal maxTotalDiscountPercent,
    boolean priceOverrideAllowed) {

  /** Validates: every limit between 0 and 100. */
  public DiscountEnvelope {
    Checks.percent(maxLineDiscountPercent, "envelope.maxLineDiscountPercent");
    Checks.percent(maxQuoteDiscountPercent, "envelope.maxQuoteDiscountPercent");
    Checks.percent(maxTotalDiscountPercent, "envelope.maxTotalDiscountPercent");
  }
}
