package io.fieldline.backend.sales.orders;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.sales.db.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Moves orders between states (guarded) and appends their domain events ({@code ORDER_*}). */
@ApplicationScoped
public class OrderEvents {
  private final DomainEvents events;

  public OrderEvents(DomainEvents events) {
    this.events = events;
  }

  /** Moves {@code order} to {@code next} and appends {@code ORDER_<NEXT>}. */
  public Uni<Void> move(
      SqlConnection c, OrderView order, OrderStatus next, UUID actor, Map<String, Object> extra) {
    if (!order.status().canMoveTo(next)) {
      throw invalidState(order, "cannot become " + next);
    }
    return Sql.exec(
            c,
            "update sales_order set status = $2, version = version + 1, updated_at = now()"
                + " where id = $1 and status = $3",
            order.id(),
            next.name(),
            order.status().name())
        .chain(
            rows -> {
              if (rows.rowCount() == 0) {
                throw invalidState(order, "changed meanwhile");
              }
              Map<String, Object> payload = new HashMap<>(extra);
              payload.put("from", order.status().name());
              payload.put("to", next.name());
              return append(c, order, "ORDER_" + next.name(), actor, payload);
            });
  }

  /** Appends an event about {@code order}. */
  public Uni<Void> append(
      SqlConnection c, OrderView order, String type, UUID actor, Map<String, Object> extra) {
    Map<String, Object> payload = new HashMap<>(extra);
    payload.put("number", order.number());
    payload.put("accountId", order.accountId().toString());
    payload.put("ownerUserId", order.ownerUserId().toString());
    payload.put("territoryId", order.territoryId().toString());
    payload.put("grandTotal", order.grandTotal().toPlainString());
    payload.put("currency", order.currency());
    return events.append(c, new DomainEvent("order", order.id(), type, payload, actor));
  }

  static ApiException invalidState(OrderView order, String why) {
    return new ApiException(
        ErrorCode.INVALID_STATE, "Order " + order.number() + " is " + order.status() + ": " + why);
  }
}
