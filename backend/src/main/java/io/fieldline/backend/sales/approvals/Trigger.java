package io.fieldline.backend.sales.approvals;

/** When an approval rule applies to a record. */
public enum Trigger {
  /** The record's discounts exceed the owner's discount envelope (no threshold). */
  ENVELOPE_EXCEEDED,
  /** The record's total discount against list prices is at least the threshold, in percent. */
  TOTAL_DISCOUNT_ABOVE,
  /** The record's grand total is at least the threshold. */
  AMOUNT_ABOVE
}
