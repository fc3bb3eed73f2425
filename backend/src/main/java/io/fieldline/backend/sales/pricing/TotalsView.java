package io.fieldline.backend.sales.pricing;

import io.fieldline.contract.pricing.Rounding;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A quote's or order's totals as the server priced them, at the currency's scale. */
@Type("Totals")
public record TotalsView(
    @NonNull BigDecimal listTotal,
    @NonNull BigDecimal subtotal,
    @NonNull BigDecimal quoteDiscount,
    @NonNull BigDecimal discountTotal,
    @NonNull BigDecimal net,
    @NonNull BigDecimal tax,
    @NonNull BigDecimal grandTotal) {

  /** Reads the totals columns of a quote row. */
  public static TotalsView of(Row r, String currency) {
    return new TotalsView(
        Money.of(r.getBigDecimal("list_total"), currency),
        Money.of(r.getBigDecimal("subtotal"), currency),
        Money.of(r.getBigDecimal("quote_discount"), currency),
        Money.of(r.getBigDecimal("discount_total"), currency),
        Money.of(r.getBigDecimal("net"), currency),
        Money.of(r.getBigDecimal("tax"), currency),
        Money.of(r.getBigDecimal("grand_total"), currency));
  }

  /** Money at a currency's scale. */
  public static final class Money {
    private Money() {}

    /** {@code amount} at the currency's scale (stored amounts carry 4 decimals). */
    public static BigDecimal of(BigDecimal amount, String currency) {
      return amount == null ? null : amount.setScale(Rounding.scale(currency), Rounding.MODE);
    }

    /** A quantity, price or percentage without trailing zeros (never in exponent form). */
    public static BigDecimal plain(BigDecimal value) {
      if (value == null) {
        return null;
      }
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
  }
}
