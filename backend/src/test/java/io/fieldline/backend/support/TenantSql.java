package io.fieldline.backend.support;

import io.fieldline.backend.tenancy.TenantTx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/** Reads the database as the service role inside a tenant, for asserting what was written. */
public final class TenantSql {
  private final Pool pool;
  private final UUID tenant;

  public TenantSql(Pool pool, UUID tenant) {
    this.pool = pool;
    this.tenant = tenant;
  }

  /** The single number {@code sql} answers ({@code $1...} bound to {@code params}). */
  public long number(String sql, Object... params) {
    return TenantTx.sql(pool, tenant, c -> c.preparedQuery(sql).execute(Tuple.from(params)))
        .await()
        .indefinitely()
        .iterator()
        .next()
        .getNumeric(0)
        .longValue();
  }

  public long count(String table, String where, Object... params) {
    return number("select count(*) from " + table + " where " + where, params);
  }
}
