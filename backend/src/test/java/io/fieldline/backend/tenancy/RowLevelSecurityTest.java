package io.fieldline.backend.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.backend.demo.DemoIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database itself keeps tenants apart, as the service role sees it. */
@QuarkusTest
class RowLevelSecurityTest {
  private static final UUID ACME = DemoIdentity.ACME.id();
  private static final UUID GLOBEX = DemoIdentity.GLOBEX.id();

  @Inject Pool pool;

  @Test
  void transactionWithoutTenantReadsNothing() {
    for (String table : tenantTables()) {
      long rows =
          pool.withTransaction(c -> c.query("select count(*) from " + table).execute())
              .await()
              .indefinitely()
              .iterator()
              .next()
              .getLong(0);
      assertThat(rows).as("rows visible in %s without a tenant", table).isZero();
    }
    // while the same tables do hold rows for a tenant
    long acmeUsers = count(ACME, "app_user");
    assertThat(acmeUsers).isPositive();
  }

  @Test
  void transactionWithoutTenantCannotWrite() {
    assertThatThrownBy(
            () ->
                pool.withTransaction(
                        c ->
                            c.preparedQuery(
                                    "insert into territory (id, tenant_id, kind, code, name)"
                                        + " values ($1, $2, 'REGION', 'X', 'X')")
                                .execute(Tuple.of(UUID.randomUUID(), ACME)))
                    .await()
                    .indefinitely())
        .isInstanceOf(PgException.class)
        .extracting(e -> ((PgException) e).getSqlState())
        .isEqualTo("42501");
    assertThat(
            pool.withTransaction(c -> c.query("update app_user set display_name = 'x'").execute())
                .await()
                .indefinitely()
                .rowCount())
        .isZero();
  }

  @Test
  void crossTenantInsertFails() {
    assertThatThrownBy(
            () ->
                TenantTx.sql(
                        pool,
                        ACME,
                        c ->
                            c.preparedQuery(
                                    "insert into territory (id, tenant_id, kind, code, name)"
                                        + " values ($1, $2, 'REGION', 'EVIL', 'Evil')")
                                .execute(Tuple.of(UUID.randomUUID(), GLOBEX)))
                    .await()
                    .indefinitely())
        .isInstanceOf(PgException.class)
        .extracting(e -> ((PgException) e).getSqlState())
        .isEqualTo("42501");
    assertThat(countWhere(GLOBEX, "territory", "code = 'EVIL'")).isZero();
  }

  @Test
  void crossTenantUpdateAndDeleteTouchNothing() {
    int updated =
        TenantTx.sql(
                pool,
                ACME,
                c ->
                    c.preparedQuery(
                            "update app_user set display_name = 'hijacked' where tenant_id = $1")
                        .execute(Tuple.of(GLOBEX)))
            .await()
            .indefinitely()
            .rowCount();
    assertThat(updated).isZero();
    assertThat(countWhere(GLOBEX, "app_user", "display_name = 'hijacked'")).isZero();
  }

  @Test
  void everyTenantTableHasRowLevelSecurityEnabledAndForced() {
    List<Row> rows = new ArrayList<>();
    pool.query(
            """
            select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p')
               and (exists (select 1 from pg_attribute a where a.attrelid = c.oid
                             and a.attname = 'tenant_id' and not a.attisdropped)
                    or c.relname = 'tenant')
            """)
        .execute()
        .await()
        .indefinitely()
        .forEach(rows::add);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
    for (Row row : rows) {
      String table = row.getString("relname");
      assertThat(row.getBoolean("relrowsecurity")).as("RLS enabled on %s", table).isTrue();
      assertThat(row.getBoolean("relforcerowsecurity")).as("RLS forced on %s", table).isTrue();
      assertThat(row.getLong("policies")).as("policies on %s", table).isPositive();
    }
    // and no table outside that set holds tenant data unnoticed: every public table is either a
    // tenant table or on the short list of global tables
    List<String> global = new ArrayList<>();
    pool.query(
            """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'tenant'
               and not exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                and a.attname = 'tenant_id' and not a.attisdropped)
            """)
        .execute()
        .await()
        .indefinitely()
        .forEach(r -> global.add(r.getString(0)));
    // sync_entity / sync_entity_field: the synced-entity registry, written by migrations only
    // (the service role may only read it; SyncedEntitiesSchemaTest checks that too)
    assertThat(global).containsOnly("flyway_schema_history", "sync_entity", "sync_entity_field");
  }

  @Test
  void serviceRoleIsNotSuperuserNotOwnerAndCannotBypassRls() {
    Row role =
        pool.query(
                """
                select r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
                       (select count(*) from pg_tables t
                         where t.schemaname = 'public' and t.tableowner = current_user) as owned
                  from pg_roles r where r.rolname = current_user
                """)
            .execute()
            .await()
            .indefinitely()
            .iterator()
            .next();
    assertThat(role.getBoolean("rolsuper")).isFalse();
    assertThat(role.getBoolean("rolbypassrls")).isFalse();
    assertThat(role.getBoolean("rolcreaterole")).isFalse();
    assertThat(role.getBoolean("rolcreatedb")).isFalse();
    assertThat(role.getLong("owned")).isZero();
    assertThatThrownBy(
            () ->
                pool.query("alter table app_user disable row level security")
                    .execute()
                    .await()
                    .indefinitely())
        .isInstanceOf(PgException.class);
  }

  @Test
  void systemScopeUnlocksReadingOneTableOnlyAndNoWrites() {
    long tenants =
        TenantTx.system(
                pool,
                SystemScope.TENANT_DIRECTORY,
                c -> c.query("select count(*) from tenant").execute())
            .await()
            .indefinitely()
            .iterator()
            .next()
            .getLong(0);
    assertThat(tenants).isGreaterThanOrEqualTo(2);
    for (SystemScope scope : SystemScope.values()) {
      long users =
          TenantTx.system(pool, scope, c -> c.query("select count(*) from app_user").execute())
              .await()
              .indefinitely()
              .iterator()
              .next()
              .getLong(0);
      assertThat(users).as("app_user rows visible in scope %s", scope).isZero();
    }
    assertThatThrownBy(
            () ->
                TenantTx.system(
                        pool,
                        SystemScope.TENANT_DIRECTORY,
                        c ->
                            c.preparedQuery(
                                    "insert into tenant (id, slug, name) values ($1, 'x-evil', 'X')")
                                .execute(Tuple.of(UUID.randomUUID())))
                    .await()
                    .indefinitely())
        .isInstanceOf(PgException.class);
    int renamed =
        TenantTx.system(
                pool,
                SystemScope.TENANT_DIRECTORY,
                c -> c.query("update tenant set name = 'hijacked'").execute())
            .await()
            .indefinitely()
            .rowCount();
    assertThat(renamed).isZero();
  }

  private long count(UUID tenant, String table) {
    return countWhere(tenant, table, "true");
  }

  private long countWhere(UUID tenant, String table, String condition) {
    return TenantTx.sql(
            pool,
            tenant,
            c -> c.query("select count(*) from " + table + " where " + condition).execute())
        .await()
        .indefinitely()
        .iterator()
        .next()
        .getLong(0);
  }

  private static List<String> tenantTables() {
    return List.of(
        "tenant",
        "territory",
        "app_user",
        "user_role",
        "user_territory",
        "device",
        "identity_link");
  }
}
