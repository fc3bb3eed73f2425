package io.fieldline.backend.sales.orders;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.orders.OrderInputs.PaymentInput;
import io.fieldline.contract.pricing.Rounding;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Collects payments against confirmed orders: positive, in the currency's minor unit, at most the
 * balance. Appends PAYMENT_RECORDED and the order's new payment state (ORDER_PARTIALLY_PAID or
 * ORDER_PAID).
 */
@ApplicationScoped
public class PaymentService {
  private final OrderStore orders;
  private final DomainEvents events;
  private final OrderEvents orderEvents;

  public PaymentService(OrderStore orders, DomainEvents events, OrderEvents orderEvents) {
    this.orders = orders;
    this.events = events;
    this.orderEvents = orderEvents;
  }

  /** Records a payment; answers the order with its new balance. */
  public Uni<OrderView> record(SqlConnection c, SalesScope scope, PaymentInput in) {
    UUID orderId = Ids.parse("orderId", in.orderId());
    BigDecimal amount = Inputs.required("amount", in.amount());
    Inputs.required("method", in.method());
    LocalDate paidOn = in.paidOn() == null ? LocalDate.now() : in.paidOn();
    if (paidOn.isAfter(LocalDate.now())) {
      throw ApiException.invalid("paidOn", "paidOn must not be in the future");
    }
    String reference = Inputs.optionalText("reference", in.reference(), 200);
    if (amount.signum() <= 0) {
      throw ApiException.invalid("amount", "amount must be positive");
    }
    UUID paymentId = UUID.randomUUID();
    return orders
        .find(c, scope, orderId, true)
        .chain(
            order -> {
              if (order.status() != OrderStatus.CONFIRMED) {
                throw OrderEvents.invalidState(
                    order, "payments are taken on confirmed orders only");
              }
              if (amount.stripTrailingZeros().scale() > Rounding.scale(order.currency())) {
                throw ApiException.invalid(
                    "amount", "amount has more decimals than " + order.currency());
              }
              if (amount.compareTo(order.balance()) > 0) {
                throw ApiException.invalid(
                    "amount",
                    "amount "
                        + amount.toPlainString()
                        + " exceeds the balance "
                        + order.balance().toPlainString()
                        + " "
                        + order.currency());
              }
              return Sql.exec(
                      c,
                      "insert into payment (id, order_id, amount, currency, method, paid_on,"
                          + " collected_by, reference) values ($1, $2, $3, $4, $5, $6, $7, $8)",
                      paymentId,
                      orderId,
                      amount,
                      order.currency(),
                      in.method().name(),
                      paidOn,
                      scope.userId(),
                      reference)
                  .chain(
                      () ->
                          Sql.exec(
                              c,
                              "update sales_order set paid_total = paid_total + $2,"
                                  + " version = version + 1, updated_at = now() where id = $1",
                              orderId,
                              amount))
                  .chain(
                      () ->
                          events.append(
                              c,
                              new DomainEvent(
                                  "payment",
                                  paymentId,
                                  "PAYMENT_RECORDED",
                                  Map.of(
                                      "orderId",
                                      orderId.toString(),
                                      "number",
                                      order.number(),
                                      "amount",
                                      amount.toPlainString(),
                                      "currency",
                                      order.currency(),
                                      "method",
                                      in.method().name()),
                                  scope.userId())))
                  .chain(() -> orders.find(c, scope, orderId, false))
                  .call(
                      after ->
                          orderEvents.append(
                              c,
                              after,
                              after.paymentState() == PaymentState.PAID
                                  ? "ORDER_PAID"
                                  : "ORDER_PARTIALLY_PAID",
                              scope.userId(),
                              Map.of(
                                  "paymentId",
                                  paymentId.toString(),
                                  "balance",
                                  after.balance().toPlainString(),
                                  "from",
                                  order.paymentState().name(),
                                  "to",
                                  after.paymentState().name())));
            });
  }
}
