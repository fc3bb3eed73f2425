package io.fieldline.backend.sales.orders;

/**
 * An order's collection state, derived from its balance and due date: PAID when nothing is owed,
 * OVERDUE when something is owed past the due date, else PARTIALLY_PAID or UNPAID.
 */
public enum PaymentState {
  UNPAID,
  PARTIALLY_PAID,
  PAID,
  OVERDUE;

  /** The state as SQL over a {@code sales_order} alias. */
  public static String sql(String alias) {
    return "(case when "
        + alias
        + ".paid_total >= "
        + alias
        + ".grand_total then 'PAID' when "
        + alias
        + ".due_date < current_date then 'OVERDUE' when "
        + alias
        + ".paid_total > 0 then 'PARTIALLY_PAID' else 'UNPAID' end)";
  }
}
