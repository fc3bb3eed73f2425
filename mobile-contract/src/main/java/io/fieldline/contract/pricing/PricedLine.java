package io.fieldline.contract.pricing;

import java.math.BigDecimal;

/**
 * One priced line. Money amounts are at the currency's scale; {@code listAmount}, {@code netAmount}
 * and {@code taxAmount} are each rounded once from exact inputs ({@link Rounding}).
 *
 * @param line position in the quote, from 0
 * @param productId the product
 * @param priceBookId the price book the list price came from
 * @param priceBookKind that book's kind
 * @param listUnitPrice the unit list price in that book
 * @param unitPrice the unit price charged: the rep's override if any, else the list price
 * @param quantity the quantity
 * @param discountPercent the line discount
 * @param listAmount {@code quantity * listUnitPrice}, rounded
 * @param netAmount {@code quantity * unitPrice * (1 - discountPercent / 100)}, rounded
 * @param quoteDiscountShare this line's share of the quote discount ({@link PricingEngine})
 * @param taxableAmount {@code netAmount - quoteDiscountShare}
 * @param taxRatePercent the rate of the product's tax category on the pricing date
 * @param taxAmount {@code taxableAmount * taxRatePercent / 100}, rounded
 * @param totalAmount {@code taxableAmount + taxAmount}
 */
public record PricedLine(
    int line,
    String productId,
    String priceBookId,
    PriceBookKind priceBookKind,
    BigDecimal listUnitPrice,
    BigDecimal unitPrice,
    BigDecimal quantity,
    BigDecimal discountPercent,
    BigDecimal listAmount,
    BigDecimal netAmount,
    BigDecimal quoteDiscountShare,
    BigDecimal taxableAmount,
    BigDecimal taxRatePercent,
    BigDecimal taxAmount,
    BigDecimal totalAmount) {}
