package io.fieldline.backend.sales.orders;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.approvals.ApprovalFacts;
import io.fieldline.backend.sales.approvals.ApprovalService;
import io.fieldline.backend.sales.approvals.ApprovalView;
import io.fieldline.backend.sales.approvals.RecordType;
import io.fieldline.backend.sales.db.Numbers;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.orders.OrderInputs.AttachmentInput;
import io.fieldline.backend.sales.orders.OrderInputs.DirectInput;
import io.fieldline.backend.sales.orders.OrderInputs.FromQuoteInput;
import io.fieldline.contract.pricing.Rounding;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The order life cycle: create (from a quote or direct), approval, delivery, cancellation. */
@ApplicationScoped
public class OrderService {
  private final OrderStore store;
  private final OrderDrafts drafts;
  private final OrderEvents events;
  private final ApprovalService approvals;

  public OrderService(
      OrderStore store, OrderDrafts drafts, OrderEvents events, ApprovalService approvals) {
    this.store = store;
    this.drafts = drafts;
    this.events = events;
    this.approvals = approvals;
  }

  /** Orders an ACCEPTED quote. */
  public Uni<OrderView> fromQuote(SqlConnection c, SalesScope scope, FromQuoteInput in) {
    return drafts.fromQuote(c, scope, in).chain(d -> create(c, scope, d));
  }

  /** A direct order, priced by the server. */
  public Uni<OrderView> direct(SqlConnection c, SalesScope scope, DirectInput in) {
    return drafts.direct(c, scope, in).chain(d -> create(c, scope, d));
  }

  private Uni<OrderView> create(SqlConnection c, SalesScope scope, OrderDraft d) {
    return Numbers.next(c, "ORDER", "SO")
        .chain(number -> store.insert(c, d, number, OrderStatus.PENDING_APPROVAL))
        .chain(id -> store.find(c, scope, id, true))
        .chain(order -> approvals.open(c, facts(order)).chain(a -> settle(c, scope, order, a)))
        .chain(id -> store.find(c, scope, id, false));
  }

  private Uni<UUID> settle(SqlConnection c, SalesScope scope, OrderView order, ApprovalView a) {
    Map<String, Object> created =
        Map.of("created", true, "totalsCorrected", order.totalsCorrected());
    if (a.status() == ApprovalView.ApprovalStatus.APPROVED) {
      return Sql.exec(c, "update sales_order set status = 'CONFIRMED' where id = $1", order.id())
          .chain(() -> events.append(c, order, "ORDER_CONFIRMED", scope.userId(), created))
          .replaceWith(order.id());
    }
    return events
        .append(
            c,
            order,
            "ORDER_PENDING_APPROVAL",
            scope.userId(),
            Map.of("created", true, "approvalId", a.id().toString()))
        .replaceWith(order.id());
  }

  /** Cancels a pending or confirmed order that has no payments. */
  public Uni<OrderView> cancel(SqlConnection c, SalesScope scope, UUID id, String reason) {
    String why = Inputs.text("reason", reason, 2000);
    return store
        .find(c, scope, id, true)
        .chain(
            order -> {
              if (order.paidTotal().signum() > 0) {
                throw OrderEvents.invalidState(order, "has payments and cannot be cancelled");
              }
              return events.move(
                  c, order, OrderStatus.CANCELLED, scope.userId(), Map.of("reason", why));
            })
        .chain(() -> store.find(c, scope, id, false));
  }

  /** Records how much of a confirmed order was delivered. */
  public Uni<OrderView> delivery(
      SqlConnection c, SalesScope scope, UUID id, DeliveryStatus status) {
    Inputs.required("status", status);
    return store
        .find(c, scope, id, true)
        .chain(
            order -> {
              if (order.status() != OrderStatus.CONFIRMED) {
                throw OrderEvents.invalidState(order, "only confirmed orders are delivered");
              }
              if (order.deliveryStatus() == status) {
                return Uni.createFrom().voidItem();
              }
              return Sql.exec(
                      c,
                      "update sales_order set delivery_status = $2, version = version + 1,"
                          + " updated_at = now() where id = $1",
                      id,
                      status.name())
                  .chain(
                      () ->
                          events.append(
                              c,
                              order,
                              "ORDER_" + status.name(),
                              scope.userId(),
                              Map.of("from", order.deliveryStatus().name(), "to", status.name())));
            })
        .chain(() -> store.find(c, scope, id, false));
  }

  /** Adds document references to a visible order. */
  public Uni<OrderView> attach(
      SqlConnection c, SalesScope scope, UUID id, List<AttachmentInput> in) {
    if (Inputs.required("attachments", in).isEmpty()) {
      throw ApiException.invalid("attachments", "Give at least one attachment");
    }
    return store
        .find(c, scope, id, true)
        .chain(order -> store.insertAttachments(c, id, in))
        .chain(() -> store.find(c, scope, id, false));
  }

  static ApprovalFacts facts(OrderView o) {
    String detail =
        o.envelopeExceeded().stream()
            .map(
                e ->
                    e.limit()
                        + " "
                        + e.actual().stripTrailingZeros().toPlainString()
                        + " % > "
                        + e.allowed().stripTrailingZeros().toPlainString()
                        + " %")
            .collect(Collectors.joining("; "));
    return new ApprovalFacts(
        RecordType.ORDER,
        o.id(),
        o.territoryId(),
        o.ownerUserId(),
        !o.envelopeExceeded().isEmpty(),
        detail,
        Rounding.percentOf(o.discountTotal(), o.listTotal()),
        o.grandTotal(),
        o.currency());
  }
}
