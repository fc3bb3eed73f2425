package io.fieldline.contract.pricing;

import java.math.BigDecimal;

/**
 * The totals of a quote, each at the currency's scale and each a sum of rounded line amounts, so
 * that {@code listTotal - discountTotal = net}, {@code subtotal - quoteDiscount = net} and {@code
 * net + tax = grandTotal} hold exactly. The same record carries totals a client sent, which need
 * not be consistent; compare them with {@link TotalsCheck}.
 *
 * @param listTotal sum of the lines' list amounts (before any discount)
 * @param subtotal sum of the lines' net amounts (after line discounts); the quote discount's base
 * @param quoteDiscount {@code subtotal * quoteDiscountPercent / 100}, rounded
 * @param discountTotal every discount: {@code listTotal - net} (line discounts, price overrides and
 *     the quote discount; negative if overrides raise prices above list)
 * @param net sum of the lines' taxable amounts
 * @param tax sum of the lines' tax amounts
 * @param grandTotal {@code net + tax}
 */
public record Totals(
    BigDecimal listTotal,
    BigDecimal subtotal,
    BigDecimal quoteDiscount,
    BigDecimal discountTotal,
    BigDecimal net,
    BigDecimal tax,
    BigDecimal grandTotal) {

  /** Requires every figure. */
  public Totals {
    Checks.required(listTotal, "totals.listTotal");
    Checks.required(subtotal, "totals.subtotal");
    Checks.required(quoteDiscount, "totals.quoteDiscount");
    Checks.required(discountTotal, "totals.discountTotal");
    Checks.required(net, "totals.net");
    Checks.required(tax, "totals.tax");
    Checks.required(grandTotal, "totals.grandTotal");
  }
}
