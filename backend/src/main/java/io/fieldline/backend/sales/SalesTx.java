package io.fieldline.backend.sales;

import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;

/**
 * The entry point of every sales operation: checks the caller, then runs the work in one tenant
 * transaction ({@link TenantTx#sql}) with the caller's {@link SalesScope}.
 */
@ApplicationScoped
public class SalesTx {
  private final Pool pool;
  private final CurrentUser currentUser;

  public SalesTx(Pool pool, CurrentUser currentUser) {
    this.pool = pool;
    this.currentUser = currentUser;
  }

  /** The signed-in caller's scope (UNAUTHENTICATED without a valid token). */
  public SalesScope scope() {
    return new SalesScope(currentUser.require());
  }

  /** Runs {@code work} for any signed-in caller. */
  public <T> Uni<T> read(BiFunction<SqlConnection, SalesScope, Uni<T>> work) {
    SalesScope scope = scope();
    return TenantTx.sql(pool, scope.principal().tenantId(), c -> work.apply(c, scope));
  }

  /** Runs {@code work} for admins, managers and reps (FORBIDDEN for others). */
  public <T> Uni<T> sales(BiFunction<SqlConnection, SalesScope, Uni<T>> work) {
    SalesScope scope = scope().requireSales();
    return TenantTx.sql(pool, scope.principal().tenantId(), c -> work.apply(c, scope));
  }

  /** Runs {@code work} for admins only. */
  public <T> Uni<T> admin(BiFunction<SqlConnection, SalesScope, Uni<T>> work) {
    SalesScope scope = scope().requireAdmin();
    return TenantTx.sql(pool, scope.principal().tenantId(), c -> work.apply(c, scope));
  }
}
