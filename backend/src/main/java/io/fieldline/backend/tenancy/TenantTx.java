package io.fieldline.backend.tenancy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way to open a database transaction. Its first statement sets the tenant
 * transaction-locally ({@code set_config('app.tenant_id', ..., true)}), so row-level security binds
 * every statement to that tenant, and a pooled connection never carries it into the next request. A
 * transaction opened any other way sees no tenant rows and cannot write them.
 */
public final class TenantTx {
  static final String SET_TENANT = "select set_config('app.tenant_id', $1, true)";
  private static final String SET_TENANT_HQL = "select set_config('app.tenant_id', :tenant, true)";

  private TenantTx() {}

  /** Runs {@code work} in a Hibernate Reactive (Panache) transaction bound to {@code tenant}. */
  public static <T> Uni<T> run(UUID tenant, Supplier<Uni<T>> work) {
    Objects.requireNonNull(tenant, "tenant");
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    session ->
                        session
                            .createNativeQuery(SET_TENANT_HQL)
                            .setParameter("tenant", tenant.toString())
                            .getSingleResult())
                .chain(() -> work.get()));
  }

  /**
   * Runs {@code work} in a transaction with no tenant but one {@link SystemScope}, which unlocks
   * SELECT on its one table across tenants. Writes fail and every other table reads empty.
   */
  public static <T> Uni<T> system(
      Pool pool, SystemScope scope, Function<SqlConnection, Uni<T>> work) {
    Objects.requireNonNull(scope, "scope");
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery("select set_config('app.system_scope', $1, true)")
                .execute(Tuple.of(scope.setting()))
                .chain(() -> work.apply(connection)));
  }

  /** Runs {@code work} on a plain SQL connection in a transaction bound to {@code tenant}. */
  public static <T> Uni<T> sql(Pool pool, UUID tenant, Function<SqlConnection, Uni<T>> work) {
    Objects.requireNonNull(tenant, "tenant");
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery(SET_TENANT)
                .execute(Tuple.of(tenant.toString()))
                .chain(() -> work.apply(connection)));
  }
}
