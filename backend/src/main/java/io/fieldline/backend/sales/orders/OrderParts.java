package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The parts of an order the API shows as fields: lines, payments, attachment references. */
public final class OrderParts {
  private OrderParts() {}

  /** A priced order line; {@code netAmount} includes its share of any quote discount. */
  @Type("OrderLine")
  public record OrderLineView(
      int position,
      @Id @NonNull UUID productId,
      @NonNull BigDecimal quantity,
      @NonNull BigDecimal discountPercent,
      @NonNull BigDecimal listUnitPrice,
      @NonNull BigDecimal unitPrice,
      @NonNull BigDecimal listAmount,
      @NonNull BigDecimal netAmount,
      @NonNull BigDecimal taxAmount,
      @NonNull BigDecimal totalAmount) {

    static OrderLineView of(Row r, String cur) {
      return new OrderLineView(
          r.getInteger("position"),
          r.getUUID("product_id"),
          Money.plain(r.getBigDecimal("quantity")),
          Money.plain(r.getBigDecimal("discount_percent")),
          Money.plain(r.getBigDecimal("list_unit_price")),
          Money.plain(r.getBigDecimal("unit_price")),
          Money.of(r.getBigDecimal("list_amount"), cur),
          Money.of(r.getBigDecimal("net_amount"), cur),
          Money.of(r.getBigDecimal("tax_amount"), cur),
          Money.of(r.getBigDecimal("total_amount"), cur));
    }
  }

  /** A payment collected against an order. */
  @Type("Payment")
  public record PaymentView(
      @Id @NonNull UUID id,
      @Id @NonNull UUID orderId,
      @NonNull BigDecimal amount,
      @NonNull String currency,
      @NonNull PaymentMethod method,
      @NonNull LocalDate paidOn,
      @Id @NonNull UUID collectedBy,
      String reference,
      @NonNull OffsetDateTime createdAt) {

    static PaymentView of(Row r) {
      String cur = r.getString("currency");
      return new PaymentView(
          r.getUUID("id"),
          r.getUUID("order_id"),
          Money.of(r.getBigDecimal("amount"), cur),
          cur,
          PaymentMethod.valueOf(r.getString("method")),
          r.getLocalDate("paid_on"),
          r.getUUID("collected_by"),
          r.getString("reference"),
          r.getOffsetDateTime("created_at"));
    }
  }

  /** A reference to a document attached to an order (signed order form, photo). */
  @Type("OrderAttachment")
  public record AttachmentView(
      @Id @NonNull UUID id, @NonNull String name, @NonNull String uri, String contentType) {

    static AttachmentView of(Row r) {
      return new AttachmentView(
          r.getUUID("id"), r.getString("name"), r.getString("uri"), r.getString("content_type"));
    }
  }

  /** How a payment was made. */
  public enum PaymentMethod {
    CASH,
    CARD,
    BANK_TRANSFER,
    CHEQUE
  }
}
