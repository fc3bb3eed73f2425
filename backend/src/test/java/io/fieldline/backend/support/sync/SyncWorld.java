package io.fieldline.backend.support.sync;

import io.fieldline.backend.support.Tenants;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh tenant for sync tests (valid baseline): region NORTH > area NORTH-EAST > territories T1
 * and T2; sales reps rep1 (T1) and rep2 (T2), a manager of the area, a technician in T1; one
 * product. Tests add accounts, contacts and sites through {@link #sql}, as any back-office path
 * would.
 */
public final class SyncWorld {

  public final UUID tenant;
  public final UUID region = UUID.randomUUID();
  public final UUID area = UUID.randomUUID();
  public final UUID t1 = UUID.randomUUID();
  public final UUID t2 = UUID.randomUUID();
  public final UUID rep1 = UUID.randomUUID();
  public final UUID rep2 = UUID.randomUUID();
  public final UUID manager = UUID.randomUUID();
  public final UUID tech = UUID.randomUUID();
  public final UUID product = UUID.randomUUID();
  private final DataSource dataSource;

  private SyncWorld(DataSource dataSource) {
    this.dataSource = dataSource;
    this.tenant = Tenants.create(dataSource, "sync");
  }

  /** Creates the tenant with its territories, users and product. */
  public static SyncWorld create(DataSource dataSource) {
    SyncWorld w = new SyncWorld(dataSource);
    w.sql(
        "insert into territory (id, tenant_id, parent_id, kind, code, name) values"
            + " (?, ?, null, 'REGION', 'NORTH', 'North')",
        w.region,
        w.tenant);
    w.sql(
        "insert into territory (id, tenant_id, parent_id, kind, code, name) values"
            + " (?, ?, ?, 'AREA', 'NORTH-EAST', 'North-East')",
        w.area,
        w.tenant,
        w.region);
    w.sql(
        "insert into territory (id, tenant_id, parent_id, kind, code, name) values"
            + " (?, ?, ?, 'TERRITORY', 'T1', 'T1'), (?, ?, ?, 'TERRITORY', 'T2', 'T2')",
        w.t1,
        w.tenant,
        w.area,
        w.t2,
        w.tenant,
        w.area);
    w.user(w.rep1, "rep1", "SALES_REP", w.t1);
    w.user(w.rep2, "rep2", "SALES_REP", w.t2);
    w.user(w.manager, "manager", "MANAGER", w.area);
    w.user(w.tech, "tech", "TECHNICIAN", w.t1);
    w.sql("insert into product (id, sku, name) values (?, 'PUMP-1', 'Pump')", w.product);
    return w;
  }

  /** Inserts an account in {@code territory}; its id. */
  public UUID account(String name, UUID territory) {
    UUID id = UUID.randomUUID();
    sql("insert into account (id, name, territory_id) values (?, ?, ?)", id, name, territory);
    return id;
  }

  /** Inserts a contact of {@code account}; its id. */
  public UUID contact(UUID account, String lastName) {
    UUID id = UUID.randomUUID();
    sql(
        "insert into contact (id, account_id, first_name, last_name) values (?, ?, 'Sam', ?)",
        id,
        account,
        lastName);
    return id;
  }

  /** Inserts a site of {@code account}; its id. */
  public UUID site(UUID account, String name) {
    UUID id = UUID.randomUUID();
    sql(
        "insert into site (id, account_id, name, city) values (?, ?, ?, 'Newcastle')",
        id,
        account,
        name);
    return id;
  }

  /** Runs one statement in its own transaction of this tenant. */
  public void sql(String statement, Object... params) {
    new SyncDb(dataSource, tenant).execute(statement, params);
  }

  private void user(UUID id, String key, String role, UUID territory) {
    sql(
        "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, ?)",
        id,
        tenant,
        key + "@" + tenant + ".example",
        key);
    sql("insert into user_role (tenant_id, user_id, role) values (?, ?, ?)", tenant, id, role);
    sql(
        "insert into user_territory (tenant_id, user_id, territory_id) values (?, ?, ?)",
        tenant,
        id,
        territory);
  }
}
