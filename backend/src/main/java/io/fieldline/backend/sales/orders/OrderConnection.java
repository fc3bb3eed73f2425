package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of orders (Relay connection). */
@Type("OrderConnection")
public record OrderConnection(@NonNull List<@NonNull OrderEdge> edges, @NonNull PageInfo pageInfo) {

  static OrderConnection of(Paged<OrderView> page) {
    return new OrderConnection(Edges.of(page, OrderEdge::new), PageInfo.of(page));
  }

  /** An order and its cursor. */
  @Type("OrderEdge")
  public record OrderEdge(@NonNull String cursor, @NonNull OrderView node) {}
}
