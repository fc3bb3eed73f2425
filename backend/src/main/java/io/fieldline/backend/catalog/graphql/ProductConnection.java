package io.fieldline.backend.catalog.graphql;

import io.fieldline.backend.catalog.graphql.CatalogViews.ProductView;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of products by SKU (Relay connection). */
@Type("ProductConnection")
public record ProductConnection(
    @NonNull List<@NonNull ProductEdge> edges, @NonNull PageInfo pageInfo) {

  static ProductConnection of(Paged<ProductView> page) {
    return new ProductConnection(Edges.of(page, ProductEdge::new), PageInfo.of(page));
  }

  /** A product and its cursor. */
  @Type("ProductEdge")
  public record ProductEdge(@NonNull String cursor, @NonNull ProductView node) {}
}
