package io.fieldline.contract.pricing;

import java.util.List;

/**
 * A fully priced quote.
 *
 * @param currency the quote's currency; every amount is at its scale
 * @param lines the priced lines, in the quote's order
 * @param totals the totals, sums of the line amounts
 */
public record PricedQuote(String currency, List<PricedLine> lines, Totals totals) {

  /** Validates and copies. */
  public PricedQuote {
    Checks.id(currency, "pricedQuote.currency");
    lines = List.copyOf(Checks.required(lines, "pricedQuote.lines"));
    Checks.required(totals, "pricedQuote.totals");
  }
}
