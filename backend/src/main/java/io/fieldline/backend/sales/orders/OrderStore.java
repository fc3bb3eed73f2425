package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.db.DealLookup;
import io.fieldline.backend.sales.db.Json;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.orders.OrderInputs.AttachmentInput;
import io.fieldline.backend.sales.orders.OrderInputs.OrderFilter;
import io.fieldline.backend.sales.orders.OrderInputs.OrderSort;
import io.fieldline.backend.sales.orders.OrderParts.AttachmentView;
import io.fieldline.backend.sales.orders.OrderParts.OrderLineView;
import io.fieldline.backend.sales.orders.OrderParts.PaymentView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and writes orders, their lines, attachments and payments; inside a tenant transaction. */
@ApplicationScoped
public class OrderStore {
  private final Json json;
  private final DealLookup<OrderView> lookup;

  public OrderStore(Json json) {
    this.json = json;
    this.lookup =
        new DealLookup<>(
            "sales_order so", "so", OrderView.COLUMNS, "Order", r -> OrderView.of(r, json));
  }

  /** The order, or NOT_FOUND if it is not the caller's deal; locked when {@code lock}. */
  public Uni<OrderView> find(SqlConnection c, SalesScope scope, UUID id, boolean lock) {
    return lookup.find(c, scope, id, lock);
  }

  /** The order by id without scope (for the approval mechanism, after its own check). */
  public Uni<OrderView> get(SqlConnection c, UUID id) {
    return lookup.get(c, id);
  }

  /** One page of the caller's orders. */
  public Uni<Paged<OrderView>> page(
      SqlConnection c,
      SalesScope scope,
      OrderFilter filter,
      OrderSort sort,
      boolean descending,
      Integer first,
      String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add(scope.deals("so", sql));
    if (filter != null) {
      if (filter.status() != null) {
        where.add("so.status = " + sql.bind(filter.status().name()));
      }
      if (filter.paymentState() != null) {
        where.add(PaymentState.sql("so") + " = " + sql.bind(filter.paymentState().name()));
      }
      if (filter.accountId() != null) {
        where.add(
            "so.account_id = "
                + sql.bind(Inputs.optionalId("filter.accountId", filter.accountId())));
      }
      if (filter.ownerUserId() != null) {
        where.add(
            "so.owner_user_id = "
                + sql.bind(Inputs.optionalId("filter.ownerUserId", filter.ownerUserId())));
      }
    }
    Keyset key =
        switch (sort == null ? OrderSort.CREATED_AT : sort) {
          case CREATED_AT -> new Keyset("so.created_at", "timestamptz", descending, "so.id");
          case ORDER_DATE -> new Keyset("so.order_date", "date", descending, "so.id");
          case DUE_DATE -> new Keyset("so.due_date", "date", descending, "so.id");
          case GRAND_TOTAL -> new Keyset("so.grand_total", "numeric", descending, "so.id");
          case NUMBER -> new Keyset("so.number", "text", descending, "so.id");
        };
    return key.fetch(
        c,
        sql,
        OrderView.COLUMNS,
        "sales_order so",
        where,
        first,
        after,
        r -> OrderView.of(r, json));
  }

  /** Writes an order with its lines and attachments in the given status. */
  public Uni<UUID> insert(SqlConnection c, OrderDraft d, String number, OrderStatus status) {
    UUID id = UUID.randomUUID();
    return Sql.exec(
            c,
            "insert into sales_order (id, number, account_id, quote_id, opportunity_id,"
                + " owner_user_id, territory_id, status, currency, order_date, payment_terms_days,"
                + " due_date, signatory_name, notes, list_total, discount_total, net, tax,"
                + " grand_total, envelope_exceeded, totals_corrected, totals_mismatch) values ($1,"
                + " $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,"
                + " $19, $20::text::jsonb, $21, $22::text::jsonb)",
            id,
            number,
            d.accountId(),
            d.quoteId(),
            d.opportunityId(),
            d.ownerUserId(),
            d.territoryId(),
            status.name(),
            d.currency(),
            d.orderDate(),
            d.paymentTermsDays(),
            d.orderDate().plusDays(d.paymentTermsDays()),
            d.signatoryName(),
            d.notes(),
            d.listTotal(),
            d.discountTotal(),
            d.net(),
            d.tax(),
            d.grandTotal(),
            json.write(d.exceeded()),
            !d.mismatch().isEmpty(),
            json.write(d.mismatch()))
        .chain(() -> insertLines(c, id, d.lines()))
        .chain(() -> insertAttachments(c, id, d.attachments()))
        .replaceWith(id);
  }

  /** Adds attachment references to an order. */
  public Uni<Void> insertAttachments(SqlConnection c, UUID orderId, List<AttachmentInput> list) {
    if (list == null || list.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      AttachmentInput a = list.get(i);
      String at = "attachments[" + i + "].";
      batch.add(
          Tuple.of(
              UUID.randomUUID(),
              orderId,
              Inputs.text(at + "name", a.name(), 200),
              Inputs.text(at + "uri", a.uri(), 2000),
              Inputs.optionalText(at + "contentType", a.contentType(), 100)));
    }
    return c.preparedQuery(
            "insert into order_attachment (id, order_id, name, uri, content_type)"
                + " values ($1, $2, $3, $4, $5)")
        .executeBatch(batch)
        .replaceWithVoid();
  }

  private Uni<Void> insertLines(SqlConnection c, UUID orderId, List<OrderDraft.Line> lines) {
    if (lines.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderDraft.Line l = lines.get(i);
      batch.add(
          Tuple.from(
              new Object[] {
                UUID.randomUUID(),
                orderId,
                i,
                l.productId(),
                l.quantity(),
                l.discountPercent(),
                l.listUnitPrice(),
                l.unitPrice(),
                l.listAmount(),
                l.netAmount(),
                l.taxAmount(),
                l.totalAmount()
              }));
    }
    return c.preparedQuery(
            "insert into order_line (id, order_id, position, product_id, quantity,"
                + " discount_percent, list_unit_price, unit_price, list_amount, net_amount, tax_amount,"
                + " total_amount) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
        .executeBatch(batch)
        .replaceWithVoid();
  }

  /** The lines of an order. */
  public Uni<List<OrderLineView>> lines(SqlConnection c, UUID orderId, String currency) {
    return Sql.exec(c, "select * from order_line where order_id = $1 order by position", orderId)
        .map(rows -> Sql.list(rows).stream().map(r -> OrderLineView.of(r, currency)).toList());
  }

  /** The payments of an order, oldest first. */
  public Uni<List<PaymentView>> payments(SqlConnection c, UUID orderId) {
    return Sql.exec(
            c,
            "select * from payment where order_id = $1 order by paid_on, created_at, id",
            orderId)
        .map(rows -> Sql.list(rows).stream().map(PaymentView::of).toList());
  }

  /** The attachment references of an order. */
  public Uni<List<AttachmentView>> attachments(SqlConnection c, UUID orderId) {
    return Sql.exec(
            c,
            "select * from order_attachment where order_id = $1 order by created_at, id",
            orderId)
        .map(rows -> Sql.list(rows).stream().map(AttachmentView::of).toList());
  }
}
