package io.fieldline.backend.sales.accounts;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A node of the tenant's customer classification tree; segment price books refer to it. */
@Type("AccountCategory")
public record CategoryView(
    @Id @NonNull UUID id, @Id UUID parentId, @NonNull String code, @NonNull String name) {

  static CategoryView of(Row r) {
    return new CategoryView(
        r.getUUID("id"), r.getUUID("parent_id"), r.getString("code"), r.getString("name"));
  }
}
