package io.fieldline.backend.sales.accounts;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An address of an account, with coordinates for route planning and maps. */
@Type("Site")
public record SiteView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID accountId,
    @NonNull String name,
    String street,
    String city,
    String postalCode,
    String country,
    Double latitude,
    Double longitude) {

  static SiteView of(Row r) {
    return new SiteView(
        r.getUUID("id"),
        r.getUUID("account_id"),
        r.getString("name"),
        r.getString("street"),
        r.getString("city"),
        r.getString("postal_code"),
        r.getString("country"),
        r.getDouble("latitude"),
        r.getDouble("longitude"));
  }
}
