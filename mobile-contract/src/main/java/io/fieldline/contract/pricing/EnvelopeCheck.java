package io.fieldline.contract.pricing;

import io.fieldline.contract.pricing.EnvelopeVerdict.ApprovableByRep;
import io.fieldline.contract.pricing.EnvelopeVerdict.NeedsApproval;
import io.fieldline.contract.pricing.LimitExceeded.LineDiscountExceeded;
import io.fieldline.contract.pricing.LimitExceeded.QuoteDiscountExceeded;
import io.fieldline.contract.pricing.LimitExceeded.TotalDiscountExceeded;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a priced quote against the rep's {@link DiscountEnvelope}. A limit is exceeded when the
 * actual percentage is strictly greater than the limit (a limit of 10 allows exactly 10 %).
 *
 * <ul>
 *   <li>A line's effective discount compares what the rep charges per unit with the list price:
 *       {@code (listUnitPrice - unitPrice * (1 - discountPercent / 100)) / listUnitPrice}, in
 *       percent; without a price override that is the line discount itself. A free product (list
 *       price 0) has no discount. A price above list counts as a negative discount.
 *   <li>The quote discount is the quote's {@code quoteDiscountPercent} as entered.
 *   <li>The total effective discount is {@code discountTotal / listTotal} from the rounded totals,
 *       i.e. what the customer sees; 0 for a quote with a list total of 0.
 * </ul>
 *
 * Derived percentages are rounded to 4 decimals ({@link Rounding#percentOf}) before comparing.
 */
public final class EnvelopeCheck {

  private EnvelopeCheck() {}

  /** The verdict for a priced quote; every exceeded limit is listed. */
  public static EnvelopeVerdict check(
      DiscountEnvelope envelope, BigDecimal quoteDiscountPercent, PricedQuote quote) {
    List<LimitExceeded> exceeded = new ArrayList<>();
    for (PricedLine line : quote.lines()) {
      BigDecimal actual = effectiveLineDiscount(line);
      if (actual.compareTo(envelope.maxLineDiscountPercent()) > 0) {
        exceeded.add(
            new LineDiscountExceeded(line.line(), envelope.maxLineDiscountPercent(), actual));
      }
    }
    if (quoteDiscountPercent.compareTo(envelope.maxQuoteDiscountPercent()) > 0) {
      exceeded.add(
          new QuoteDiscountExceeded(envelope.maxQuoteDiscountPercent(), quoteDiscountPercent));
    }
    Totals totals = quote.totals();
    BigDecimal total = Rounding.percentOf(totals.discountTotal(), totals.listTotal());
    if (total.compareTo(envelope.maxTotalDiscountPercent()) > 0) {
      exceeded.add(new TotalDiscountExceeded(envelope.maxTotalDiscountPercent(), total));
    }
    return exceeded.isEmpty() ? new ApprovableByRep() : new NeedsApproval(exceeded);
  }

  /** The line's effective discount in percent, rounded to 4 decimals. */
  public static BigDecimal effectiveLineDiscount(PricedLine line) {
    BigDecimal list = line.listUnitPrice();
    BigDecimal charged =
        Rounding.applyPercent(
            line.unitPrice(), BigDecimal.valueOf(100).subtract(line.discountPercent()));
    return Rounding.percentOf(list.subtract(charged), list);
  }
}
