package io.fieldline.backend.sales.opportunities;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of opportunities (Relay connection). */
@Type("OpportunityConnection")
public record OpportunityConnection(
    @NonNull List<@NonNull OpportunityEdge> edges, @NonNull PageInfo pageInfo) {

  static OpportunityConnection of(Paged<OpportunityView> page) {
    return new OpportunityConnection(Edges.of(page, OpportunityEdge::new), PageInfo.of(page));
  }

  /** An opportunity and its cursor. */
  @Type("OpportunityEdge")
  public record OpportunityEdge(@NonNull String cursor, @NonNull OpportunityView node) {}
}
