package io.fieldline.backend.sales.pricing;

import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A discount envelope: how far a rep may discount without approval (percent limits). */
@Type("DiscountEnvelope")
public record EnvelopeView(
    @Description("The rep it applies to; null for the tenant default.") @Id UUID userId,
    @NonNull BigDecimal maxLineDiscountPercent,
    @NonNull BigDecimal maxQuoteDiscountPercent,
    @NonNull BigDecimal maxTotalDiscountPercent,
    boolean priceOverrideAllowed) {

  static EnvelopeView of(Row r) {
    return new EnvelopeView(
        r.getUUID("user_id"),
        Money.plain(r.getBigDecimal("max_line_discount_percent")),
        Money.plain(r.getBigDecimal("max_quote_discount_percent")),
        Money.plain(r.getBigDecimal("max_total_discount_percent")),
        r.getBoolean("price_override_allowed"));
  }
}
