package io.fieldline.contract.pricing;

/**
 * A quote line that passed validation, with what pricing it needs.
 *
 * @param index position in the quote
 * @param line the line as entered
 * @param price its resolved list price
 * @param taxRate its product's tax rate on the pricing date
 */
record ValidLine(int index, QuoteLine line, ResolvedPrice price, TaxRate taxRate) {}
