package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.StockMovementKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Stock as the sum of signed movements. Withdrawals lock the location row first, so concurrent ones
 * serialise and each sees the others' committed movements (a database trigger enforces the same).
 */
@ApplicationScoped
public class StockStore {

  /** Locks the location for this transaction; false when it is not in the tenant. */
  public Uni<Boolean> lockLocation(SqlConnection c, UUID locationId) {
    return c.preparedQuery("select id from stock_location where id = $1 for update")
        .execute(Tuple.of(locationId))
        .map(rows -> rows.size() == 1);
  }

  public Uni<BigDecimal> onHand(SqlConnection c, UUID locationId, UUID productId) {
    return c.preparedQuery(
            "select coalesce(sum(quantity), 0) as q from stock_movement"
                + " where location_id = $1 and product_id = $2")
        .execute(Tuple.of(locationId, productId))
        .map(rows -> rows.iterator().next().getBigDecimal("q"));
  }

  /** Appends a movement of {@code signedQuantity}; returns its id. */
  public Uni<UUID> append(
      SqlConnection c,
      UUID locationId,
      UUID productId,
      StockMovementKind kind,
      BigDecimal signedQuantity,
      UUID visitId,
      String note,
      UUID actor) {
    UUID id = UUID.randomUUID();
    return new Sql(
            "insert into stock_movement (id, location_id, product_id, kind, quantity, visit_id,"
                + " note, actor_user_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            locationId,
            productId,
            kind.name(),
            signedQuantity,
            visitId,
            note,
            actor)
        .run(c)
        .replaceWith(id);
  }

  /** The kind of an active product, or null when there is no such active product. */
  public Uni<String> activeProductKind(SqlConnection c, UUID productId) {
    return c.preparedQuery("select kind from product where id = $1 and active")
        .execute(Tuple.of(productId))
        .map(rows -> Rows.first(rows, r -> r.getString("kind")));
  }
}
