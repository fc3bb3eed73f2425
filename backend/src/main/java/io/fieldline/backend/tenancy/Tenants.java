package io.fieldline.backend.tenancy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tenant directory, for background workers that visit every tenant. */
public final class Tenants {

  private Tenants() {}

  /** Every tenant's id, in id order (read under {@link SystemScope#TENANT_DIRECTORY}). */
  public static Uni<List<UUID>> ids(Pool pool) {
    return TenantTx.system(
            pool,
            SystemScope.TENANT_DIRECTORY,
            c -> c.query("select id from tenant order by id").execute())
        .map(
            rows -> {
              List<UUID> ids = new ArrayList<>();
              for (Row row : rows) {
                ids.add(row.getUUID(0));
              }
              return ids;
            });
  }
}
