package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.db.Json;
import io.fieldline.backend.sales.pricing.ExcessView;
import io.fieldline.backend.sales.pricing.MismatchView;
import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An order with its balance and payment state; lines, payments and attachments are fields. */
@Type("Order")
public record OrderView(
    @Id @NonNull UUID id,
    @NonNull String number,
    @Id @NonNull UUID accountId,
    @Id UUID quoteId,
    @Id UUID opportunityId,
    @Id @NonNull UUID ownerUserId,
    @Id @NonNull UUID territoryId,
    @NonNull OrderStatus status,
    @NonNull DeliveryStatus deliveryStatus,
    @NonNull String currency,
    @NonNull LocalDate orderDate,
    int paymentTermsDays,
    @NonNull LocalDate dueDate,
    String signatoryName,
    String notes,
    @NonNull BigDecimal listTotal,
    @NonNull BigDecimal discountTotal,
    @NonNull BigDecimal net,
    @NonNull BigDecimal tax,
    @NonNull BigDecimal grandTotal,
    @NonNull BigDecimal paidTotal,
    @NonNull BigDecimal balance,
    @NonNull PaymentState paymentState,
    @NonNull List<@NonNull ExcessView> envelopeExceeded,
    boolean totalsCorrected,
    @NonNull List<@NonNull MismatchView> totalsMismatch,
    int version,
    @NonNull OffsetDateTime createdAt) {

  /** Columns {@link #of} reads from table alias {@code so}. */
  static final String COLUMNS =
      "so.*, so.envelope_exceeded::text as envelope_exceeded_json,"
          + " so.totals_mismatch::text as totals_mismatch_json, "
          + PaymentState.sql("so")
          + " as payment_state";

  static OrderView of(Row r, Json json) {
    String cur = r.getString("currency");
    BigDecimal grand = Money.of(r.getBigDecimal("grand_total"), cur);
    BigDecimal paid = Money.of(r.getBigDecimal("paid_total"), cur);
    return new OrderView(
        r.getUUID("id"),
        r.getString("number"),
        r.getUUID("account_id"),
        r.getUUID("quote_id"),
        r.getUUID("opportunity_id"),
        r.getUUID("owner_user_id"),
        r.getUUID("territory_id"),
        OrderStatus.valueOf(r.getString("status")),
        DeliveryStatus.valueOf(r.getString("delivery_status")),
        cur,
        r.getLocalDate("order_date"),
        r.getInteger("payment_terms_days"),
        r.getLocalDate("due_date"),
        r.getString("signatory_name"),
        r.getString("notes"),
        Money.of(r.getBigDecimal("list_total"), cur),
        Money.of(r.getBigDecimal("discount_total"), cur),
        Money.of(r.getBigDecimal("net"), cur),
        Money.of(r.getBigDecimal("tax"), cur),
        grand,
        paid,
        grand.subtract(paid),
        PaymentState.valueOf(r.getString("payment_state")),
        json.list(r.getString("envelope_exceeded_json"), ExcessView.class),
        r.getBoolean("totals_corrected"),
        json.list(r.getString("totals_mismatch_json"), MismatchView.class),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at"));
  }
}
