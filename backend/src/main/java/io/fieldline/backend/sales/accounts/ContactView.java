package io.fieldline.backend.sales.accounts;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A person at an account with their role there. */
@Type("Contact")
public record ContactView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID accountId,
    @NonNull String firstName,
    @NonNull String lastName,
    String role,
    String email,
    String phone,
    boolean primary,
    int version) {

  static ContactView of(Row r) {
    return new ContactView(
        r.getUUID("id"),
        r.getUUID("account_id"),
        r.getString("first_name"),
        r.getString("last_name"),
        r.getString("role"),
        r.getString("email"),
        r.getString("phone"),
        r.getBoolean("is_primary"),
        r.getInteger("version"));
  }
}
