package io.fieldline.backend.sales.accounts;

import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.graphql.Edges;
import io.fieldline.backend.sales.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of accounts (Relay connection). */
@Type("AccountConnection")
public record AccountConnection(
    @NonNull List<@NonNull AccountEdge> edges, @NonNull PageInfo pageInfo) {

  static AccountConnection of(Paged<AccountView> page) {
    return new AccountConnection(Edges.of(page, AccountEdge::new), PageInfo.of(page));
  }

  /** An account and its cursor. */
  @Type("AccountEdge")
  public record AccountEdge(@NonNull String cursor, @NonNull AccountView node) {}
}
