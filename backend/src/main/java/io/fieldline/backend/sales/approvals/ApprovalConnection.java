package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of approvals (Relay connection). */
@Type("ApprovalConnection")
public record ApprovalConnection(
    @NonNull List<@NonNull ApprovalEdge> edges, @NonNull PageInfo pageInfo) {

  static ApprovalConnection of(Paged<ApprovalView> page) {
    return new ApprovalConnection(Edges.of(page, ApprovalEdge::new), PageInfo.of(page));
  }

  /** An approval and its cursor. */
  @Type("ApprovalEdge")
  public record ApprovalEdge(@NonNull String cursor, @NonNull ApprovalView node) {}
}
