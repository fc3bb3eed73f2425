package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of quotes (Relay connection). */
@Type("QuoteConnection")
public record QuoteConnection(@NonNull List<@NonNull QuoteEdge> edges, @NonNull PageInfo pageInfo) {

  static QuoteConnection of(Paged<QuoteView> page) {
    return new QuoteConnection(Edges.of(page, QuoteEdge::new), PageInfo.of(page));
  }

  /** A quote and its cursor. */
  @Type("QuoteEdge")
  public record QuoteEdge(@NonNull String cursor, @NonNull QuoteView node) {}
}
