package io.fieldline.backend.sales.graphql;

import io.fieldline.backend.sales.db.Paged;
import org.eclipse.microprofile.graphql.Type;

/** Relay page information of a connection. */
@Type("PageInfo")
public record PageInfo(
    boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

  /** The page information of a page. */
  public static PageInfo of(Paged<?> page) {
    return new PageInfo(
        page.hasNextPage(), page.hasPreviousPage(), page.startCursor(), page.endCursor());
  }
}
