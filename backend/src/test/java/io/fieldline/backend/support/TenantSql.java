package io.fieldline.backend.support;

import io.fieldline.backend.tenancy.TenantTx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /** Every row {@code sql} answers ({@code $1...} bound to {@code args}). */
  public List<Row> rows(String sql, Tuple args) {
    return TenantTx.sql(
            pool,
            tenant,
            c ->
                c.preparedQuery(sql)
                    .execute(args)
                    .map(
                        rs -> {
                          List<Row> out = new ArrayList<>();
                          rs.forEach(out::add);
                          return out;
                        }))
        .await()
        .atMost(Duration.ofSeconds(30));
  }

  public long count(String table, String where, Object... params) {
    return number("select count(*) from " + table + " where " + where, params);
  }
}
