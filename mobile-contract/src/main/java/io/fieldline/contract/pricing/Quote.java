package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote to price. Lines are addressed by their position ({@code lines[0]} is the first).
 *
 * @param accountId the customer; selects CUSTOMER price books
 * @param segmentIds the account's segments (classification ids); select SEGMENT price books
 * @param pricingDate the date price books and tax rates must be valid on
 * @param currency ISO 4217 code; only price books in this currency apply
 * @param lines the quoted lines, possibly none (a draft)
 * @param quoteDiscountPercent discount on the subtotal in percent, 0 to 100; {@code null} means 0
 */
public record Quote(
    String accountId,
    List<String> segmentIds,
    LocalDate pricingDate,
    String currency,
    List<QuoteLine> lines,
    BigDecimal quoteDiscountPercent) {

  /** Requires every field but the quote discount, and copies the lists. */
  public Quote {
    Checks.required(accountId, "quote.accountId");
    segmentIds = List.copyOf(Checks.required(segmentIds, "quote.segmentIds"));
    Checks.required(pricingDate, "quote.pricingDate");
    Checks.required(currency, "quote.currency");
    lines = List.copyOf(Checks.required(lines, "quote.lines"));
    quoteDiscountPercent = quoteDiscountPercent == null ? BigDecimal.ZERO : quoteDiscountPercent;
  }

  /** A copy with other lines. */
  public Quote withLines(List<QuoteLine> newLines) {
    return new Quote(accountId, segmentIds, pricingDate, currency, newLines, quoteDiscountPercent);
  }

  /** A copy with another quote discount. */
  public Quote withQuoteDiscountPercent(BigDecimal newDiscount) {
    return new Quote(accountId, segmentIds, pricingDate, currency, lines, newDiscount);
  }

  /** A copy priced on another date. */
  public Quote withPricingDate(LocalDate newDate) {
    return new Quote(accountId, segmentIds, newDate, currency, lines, quoteDiscountPercent);
  }

  /** A copy in another currency. */
  public Quote withCurrency(String newCurrency) {
    return new Quote(accountId, segmentIds, pricingDate, newCurrency, lines, quoteDiscountPercent);
  }

  /** A copy for another account and segments. */
  public Quote withCustomer(String newAccountId, List<String> newSegmentIds) {
    return new Quote(
        newAccountId, newSegmentIds, pricingDate, currency, lines, quoteDiscountPercent);
  }
}
