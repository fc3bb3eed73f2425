package io.fieldline.backend.service.service;

import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.persistence.PgErrors;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * Runs field-service work in one tenant transaction ({@link TenantTx#sql}) and turns races the
 * database caught into stable error codes ({@link PgErrors}).
 */
@ApplicationScoped
public class ServiceDb {
  private final Pool pool;

  public ServiceDb(Pool pool) {
    this.pool = pool;
  }

  public <T> Uni<T> tx(ServiceScope scope, Function<SqlConnection, Uni<T>> work) {
    return TenantTx.sql(pool, scope.tenantId(), work).onFailure().transform(PgErrors::map);
  }
}
