package io.fieldline.backend.sales.pricing;

import io.fieldline.contract.pricing.Totals;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Totals a client computed (e.g. offline on the phone); the server compares, never trusts them. */
@Input("TotalsInput")
public record TotalsInput(
    @NonNull BigDecimal listTotal,
    @NonNull BigDecimal subtotal,
    @NonNull BigDecimal quoteDiscount,
    @NonNull BigDecimal discountTotal,
    @NonNull BigDecimal net,
    @NonNull BigDecimal tax,
    @NonNull BigDecimal grandTotal) {

  /** As the engine's totals record. */
  public Totals toTotals() {
    return new Totals(listTotal, subtotal, quoteDiscount, discountTotal, net, tax, grandTotal);
  }
}
