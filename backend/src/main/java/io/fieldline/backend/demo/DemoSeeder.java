package io.fieldline.backend.demo;

import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * One feature's demo data. {@link DemoLoader} calls every seeder (CDI beans), in {@link #order()},
 * inside the transaction that creates a demo tenant, after its territories and users exist. Seeders
 * must be deterministic (fixed seeds, {@link DemoIds}) so every run produces the same data.
 */
public interface DemoSeeder {

  /** Stable name recorded once the seeder has run for a tenant, so it runs only once. */
  default String name() {
    return getClass().getSimpleName().replace("_Subclass", "").replace("_ClientProxy", "");
  }

  /** Seeders run in ascending order; identity is 0, catalog 100, accounts 200, service 300, ... */
  int order();

  /** Writes this feature's demo records for {@code tenant} on {@code connection}. */
  Uni<Void> seed(SqlConnection connection, TenantSpec tenant);
}
