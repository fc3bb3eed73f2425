package io.fieldline.backend.catalog;

/**
 * Who a price book applies to, in order of precedence: one customer, a segment (account category),
 * everyone. The same tokens as the pricing engine's {@code PriceBookKind}.
 */
public enum PriceBookKind {
  CUSTOMER,
  SEGMENT,
  STANDARD
}
