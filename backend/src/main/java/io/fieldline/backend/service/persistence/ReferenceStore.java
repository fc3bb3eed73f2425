package io.fieldline.backend.service.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Looks up the records a field-service write refers to; call inside a tenant transaction. */
@ApplicationScoped
public class ReferenceStore {

  /** The territory of the account, or null when there is no such account. */
  public Uni<UUID> accountTerritory(SqlConnection c, UUID accountId) {
    return c.preparedQuery("select territory_id from account where id = $1")
        .execute(Tuple.of(accountId))
        .map(rows -> Rows.first(rows, r -> r.getUUID("territory_id")));
  }

  public Uni<Boolean> siteOfAccount(SqlConnection c, UUID siteId, UUID accountId) {
    return exists(c, "select 1 from site where id = $1 and account_id = $2", siteId, accountId);
  }

  public Uni<Boolean> assetAtSite(SqlConnection c, UUID assetId, UUID siteId) {
    return exists(c, "select 1 from asset where id = $1 and site_id = $2", assetId, siteId);
  }

  public Uni<Boolean> hasRole(SqlConnection c, UUID userId, String role) {
    return exists(
        c,
        "select 1 from user_role r join app_user u on u.id = r.user_id"
            + " where r.user_id = $1 and r.role = $2 and u.active",
        userId,
        role);
  }

  public Uni<Boolean> isTechnician(SqlConnection c, UUID userId) {
    return c.preparedQuery("select 1 from technician where user_id = $1 and active")
        .execute(Tuple.of(userId))
        .map(rows -> rows.size() > 0);
  }

  /** The codes among {@code codes} that are not skills of the tenant. */
  public Uni<List<String>> unknownSkills(SqlConnection c, Collection<String> codes) {
    if (codes.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return c.preparedQuery("select code from skill where code = any($1)")
        .execute(Tuple.of(codes.toArray(new String[0])))
        .map(
            rows -> {
              Set<String> known = new HashSet<>();
              rows.forEach(r -> known.add(r.getString("code")));
              List<String> missing = new ArrayList<>(codes);
              missing.removeAll(known);
              return missing;
            });
  }

  private static Uni<Boolean> exists(SqlConnection c, String sql, Object a, Object b) {
    return c.preparedQuery(sql).execute(Tuple.of(a, b)).map(rows -> rows.size() > 0);
  }
}
