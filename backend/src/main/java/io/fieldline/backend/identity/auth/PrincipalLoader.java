package io.fieldline.backend.identity.auth;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Loads the caller's current roles and territories (with everything below them). */
@ApplicationScoped
public class PrincipalLoader {
  private static final String QUERY =
      """
      select u.email,
             coalesce((select array_agg(r.role) from user_role r where r.user_id = u.id), '{}') as roles,
             coalesce((with recursive sub(id) as (
                         select ut.territory_id from user_territory ut where ut.user_id = u.id
                         union
                         select t.id from territory t join sub on t.parent_id = sub.id)
                       select array_agg(id) from sub), '{}') as territories
        from app_user u
       where u.id = $1 and u.tenant_id = $2 and u.active
      """;

  private final Pool pool;

  public PrincipalLoader(Pool pool) {
    this.pool = pool;
  }

  /** The principal, or a {@link TokenRejectedException} when the user is unknown or inactive. */
  public Uni<FieldlinePrincipal> load(VerifiedToken token) {
    return TenantTx.sql(
        pool,
        token.tenantId(),
        connection ->
            connection
                .preparedQuery(QUERY)
                .execute(Tuple.of(token.userId(), token.tenantId()))
                .map(
                    rows -> {
                      if (rows.size() == 0) {
                        throw new TokenRejectedException(
                            AuthFailure.UNKNOWN_USER, "no active user for this token");
                      }
                      return toPrincipal(token, rows.iterator().next());
                    }));
  }

  private static FieldlinePrincipal toPrincipal(VerifiedToken token, Row row) {
    Set<Role> roles =
        Arrays.stream(row.getArrayOfStrings("roles"))
            .map(Role::valueOf)
            .collect(Collectors.toSet());
    Set<UUID> territories = Set.of(row.getArrayOfUUIDs("territories"));
    return new FieldlinePrincipal(
        token.tenantId(), token.userId(), row.getString("email"), roles, territories);
  }
}
