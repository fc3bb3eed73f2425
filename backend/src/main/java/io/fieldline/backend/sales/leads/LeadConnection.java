package io.fieldline.backend.sales.leads;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of leads, newest first (Relay connection). */
@Type("LeadConnection")
public record LeadConnection(@NonNull List<@NonNull LeadEdge> edges, @NonNull PageInfo pageInfo) {

  static LeadConnection of(Paged<LeadView> page) {
    return new LeadConnection(Edges.of(page, LeadEdge::new), PageInfo.of(page));
  }

  /** A lead and its cursor. */
  @Type("LeadEdge")
  public record LeadEdge(@NonNull String cursor, @NonNull LeadView node) {}
}
