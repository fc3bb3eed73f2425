package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A priced quote line: what the rep entered and the server's figures. */
@Type("QuoteLine")
public record QuoteLineView(
    int position,
    @Id @NonNull UUID productId,
    @NonNull BigDecimal quantity,
    @NonNull BigDecimal discountPercent,
    BigDecimal unitPriceOverride,
    @Id @NonNull UUID priceBookId,
    @NonNull BigDecimal listUnitPrice,
    @NonNull BigDecimal unitPrice,
    @NonNull BigDecimal listAmount,
    @NonNull BigDecimal netAmount,
    @NonNull BigDecimal quoteDiscountShare,
    @NonNull BigDecimal taxRatePercent,
    @NonNull BigDecimal taxAmount,
    @NonNull BigDecimal totalAmount) {

  static QuoteLineView of(Row r, String currency) {
    return new QuoteLineView(
        r.getInteger("position"),
        r.getUUID("product_id"),
        Money.plain(r.getBigDecimal("quantity")),
        Money.plain(r.getBigDecimal("discount_percent")),
        Money.plain(r.getBigDecimal("unit_price_override")),
        r.getUUID("price_book_id"),
        Money.plain(r.getBigDecimal("list_unit_price")),
        Money.plain(r.getBigDecimal("unit_price")),
        Money.of(r.getBigDecimal("list_amount"), currency),
        Money.of(r.getBigDecimal("net_amount"), currency),
        Money.of(r.getBigDecimal("quote_discount_share"), currency),
        Money.plain(r.getBigDecimal("tax_rate_percent")),
        Money.of(r.getBigDecimal("tax_amount"), currency),
        Money.of(r.getBigDecimal("total_amount"), currency));
  }
}
