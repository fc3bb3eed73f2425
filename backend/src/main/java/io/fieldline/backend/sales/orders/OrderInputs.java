package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.orders.OrderParts.PaymentMethod;
import io.fieldline.backend.sales.pricing.LineInput;
import io.fieldline.backend.sales.pricing.TotalsInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Input types of the order and payment operations. */
public final class OrderInputs {
  private OrderInputs() {}

  /** Terms of an order made from an accepted quote. */
  @Input("OrderFromQuoteInput")
  public record FromQuoteInput(
      @NonNull String quoteId,
      String signatoryName,
      Integer paymentTermsDays,
      LocalDate orderDate,
      String notes,
      List<AttachmentInput> attachments) {}

  /** A direct order (no quote): priced by the server like a quote. */
  @Input("OrderInput")
  public record DirectInput(
      @NonNull String accountId,
      String opportunityId,
      @NonNull String currency,
      LocalDate orderDate,
      Integer paymentTermsDays,
      String signatoryName,
      String notes,
      @NonNull List<@NonNull LineInput> lines,
      TotalsInput clientTotals,
      List<AttachmentInput> attachments) {}

  /** A document reference. */
  @Input("AttachmentInput")
  public record AttachmentInput(@NonNull String name, @NonNull String uri, String contentType) {}

  /** A payment collected against a confirmed order; at most its balance. */
  @Input("PaymentInput")
  public record PaymentInput(
      @NonNull String orderId,
      @NonNull BigDecimal amount,
      @NonNull PaymentMethod method,
      LocalDate paidOn,
      String reference) {}

  /** Filters of the order list. */
  @Input("OrderFilter")
  public record OrderFilter(
      OrderStatus status, PaymentState paymentState, String accountId, String ownerUserId) {}

  /** Sort keys of the order list. */
  public enum OrderSort {
    CREATED_AT,
    ORDER_DATE,
    DUE_DATE,
    GRAND_TOTAL,
    NUMBER
  }
}
