package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.graphql.view.StockLevelView;
import io.fieldline.backend.service.graphql.view.StockMovementView;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads stock levels (sums of movements) and movements of a location. */
@ApplicationScoped
public class StockReader {
  private static final String LEVELS =
      "select m.location_id, m.product_id, p.sku as p_sku, p.name as p_name, p.unit as p_unit,"
          + " sum(m.quantity) as quantity from stock_movement m join product p on p.id = m.product_id"
          + " where m.location_id = any($1) group by m.location_id, m.product_id, p.sku, p.name,"
          + " p.unit having sum(m.quantity) <> 0 order by p.sku";
  private static final String MOVEMENTS =
      "select m.*, p.sku as p_sku, p.name as p_name, p.unit as p_unit from stock_movement m"
          + " join product p on p.id = m.product_id where m.location_id = ?";

  /** Non-zero levels per location, by SKU. */
  public Uni<List<List<StockLevelView>>> levels(SqlConnection c, List<UUID> locationIds) {
    return Batch.many(
        c,
        LEVELS,
        locationIds,
        "location_id",
        r -> new StockLevelView(ViewRows.product(r), r.getBigDecimal("quantity")));
  }

  public Uni<List<StockLevelView>> levels(SqlConnection c, UUID locationId) {
    return levels(c, List.of(locationId)).map(all -> all.get(0));
  }

  /** The on-hand quantity of one product at a location. */
  public Uni<java.math.BigDecimal> onHand(SqlConnection c, UUID locationId, UUID productId) {
    return c.preparedQuery(
            "select coalesce(sum(quantity), 0) as q from stock_movement"
                + " where location_id = $1 and product_id = $2")
        .execute(Tuple.of(locationId, productId))
        .map(rows -> rows.iterator().next().getBigDecimal("q"));
  }

  /** Movements of a location, newest first, optionally of one product. */
  public Uni<Keyset.Page<StockMovementView>> movements(
      SqlConnection c, UUID locationId, UUID productId, Integer first, String after) {
    Sql q = new Sql(MOVEMENTS, locationId);
    if (productId != null) {
      q.and("m.product_id = ?", productId);
    }
    return Keyset.page(c, q, "m.created_at", "m.id", true, after, first, ReportRows::movement);
  }

  /** Parts used on each visit, in order. */
  public Uni<List<List<io.fieldline.backend.service.graphql.view.PartUsedView>>> partsUsed(
      SqlConnection c, List<UUID> visitIds) {
    return Batch.many(
        c,
        "select m.*, p.sku as p_sku, p.name as p_name, p.unit as p_unit from stock_movement m"
            + " join product p on p.id = m.product_id where m.visit_id = any($1)"
            + " and m.kind = 'USED_ON_VISIT' order by m.created_at, m.id",
        visitIds,
        "visit_id",
        ReportRows::partUsed);
  }
}
