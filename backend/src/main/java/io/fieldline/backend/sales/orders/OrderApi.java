package io.fieldline.backend.sales.orders;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.approvals.ApprovalReader;
import io.fieldline.backend.sales.approvals.ApprovalView;
import io.fieldline.backend.sales.approvals.RecordType;
import io.fieldline.backend.sales.graphql.SortDirection;
import io.fieldline.backend.sales.orders.OrderInputs.AttachmentInput;
import io.fieldline.backend.sales.orders.OrderInputs.DirectInput;
import io.fieldline.backend.sales.orders.OrderInputs.FromQuoteInput;
import io.fieldline.backend.sales.orders.OrderInputs.OrderFilter;
import io.fieldline.backend.sales.orders.OrderInputs.OrderSort;
import io.fieldline.backend.sales.orders.OrderInputs.PaymentInput;
import io.fieldline.backend.sales.orders.OrderParts.AttachmentView;
import io.fieldline.backend.sales.orders.OrderParts.OrderLineView;
import io.fieldline.backend.sales.orders.OrderParts.PaymentView;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Orders and payments over GraphQL. */
@GraphQLApi
public class OrderApi {
  private final SalesTx tx;
  private final OrderStore store;
  private final OrderService orders;
  private final PaymentService payments;
  private final ApprovalReader approvals;

  public OrderApi(
      SalesTx tx,
      OrderStore store,
      OrderService orders,
      PaymentService payments,
      ApprovalReader approvals) {
    this.tx = tx;
    this.store = store;
    this.orders = orders;
    this.payments = payments;
    this.approvals = approvals;
  }

  @Query("orders")
  @Description("The caller's orders with balance and payment state, filtered, sorted, paged.")
  public Uni<@NonNull OrderConnection> orders(
      @Name("filter") OrderFilter filter,
      @Name("sort") OrderSort sort,
      @Name("direction") SortDirection direction,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.sales(
        (c, s) ->
            store
                .page(c, s, filter, sort, SortDirection.descending(direction, true), first, after)
                .map(OrderConnection::of));
  }

  @Query("order")
  @Description("One order; NOT_FOUND if it is not the caller's deal.")
  public Uni<@NonNull OrderView> order(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> store.find(c, s, Ids.parse("id", id), false));
  }

  public Uni<@NonNull List<@NonNull OrderLineView>> lines(@Source OrderView order) {
    return tx.sales((c, s) -> store.lines(c, order.id(), order.currency()));
  }

  public Uni<@NonNull List<@NonNull PaymentView>> payments(@Source OrderView order) {
    return tx.sales((c, s) -> store.payments(c, order.id()));
  }

  public Uni<@NonNull List<@NonNull AttachmentView>> attachments(@Source OrderView order) {
    return tx.sales((c, s) -> store.attachments(c, order.id()));
  }

  @Description("The order's approval with every step and decision.")
  public Uni<ApprovalView> approval(@Source OrderView order) {
    return tx.sales((c, s) -> approvals.latest(c, RecordType.ORDER, order.id()));
  }

  @Mutation("createOrderFromQuote")
  @Description("Orders an ACCEPTED quote (once); CONFIRMED unless an order rule needs approval.")
  public Uni<@NonNull OrderView> createOrderFromQuote(
      @Name("input") @NonNull FromQuoteInput input) {
    return tx.sales((c, s) -> orders.fromQuote(c, s, input));
  }

  @Mutation("createOrder")
  @Description("A direct order without a quote, priced by the server.")
  public Uni<@NonNull OrderView> createOrder(@Name("input") @NonNull DirectInput input) {
    return tx.sales((c, s) -> orders.direct(c, s, input));
  }

  @Mutation("cancelOrder")
  @Description("Cancels an order without payments.")
  public Uni<@NonNull OrderView> cancelOrder(
      @Name("id") @Id @NonNull String id, @Name("reason") @NonNull String reason) {
    return tx.sales((c, s) -> orders.cancel(c, s, Ids.parse("id", id), reason));
  }

  @Mutation("setOrderDelivery")
  @Description("Records the delivery status of a confirmed order.")
  public Uni<@NonNull OrderView> setOrderDelivery(
      @Name("id") @Id @NonNull String id, @Name("status") @NonNull DeliveryStatus status) {
    return tx.sales((c, s) -> orders.delivery(c, s, Ids.parse("id", id), status));
  }

  @Mutation("addOrderAttachments")
  @Description("Adds document references (signed form, photos) to an order.")
  public Uni<@NonNull OrderView> addOrderAttachments(
      @Name("id") @Id @NonNull String id,
      @Name("attachments") @NonNull List<@NonNull AttachmentInput> attachments) {
    return tx.sales((c, s) -> orders.attach(c, s, Ids.parse("id", id), attachments));
  }

  @Mutation("recordPayment")
  @Description("Records a payment against a confirmed order; at most the balance.")
  public Uni<@NonNull OrderView> recordPayment(@Name("input") @NonNull PaymentInput input) {
    return tx.sales((c, s) -> payments.record(c, s, input));
  }
}
