package io.fieldline.backend.sync.bench;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.PullPage;
import java.net.URI;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Opening a scope (backend/docs/sync.md, "Benchmark"): the first pull of a user's first device
 * opens the user's scope in the database ({@code sync_open_scope}, in the enrolment). Measured for
 * a new sales rep of a territory holding 10,000 accounts and contacts (the benchmark tenant, after
 * the import) and for a technician of the demo tenant.
 */
final class ScopeOpenBench {

  private ScopeOpenBench() {}

  /** Measures both and prints a RESULT line each. */
  static void run(URI base, DataSource ds, BenchSeed seed) throws Exception {
    UUID rep = UUID.randomUUID();
    UUID tenant = seed.world.tenant;
    sql(
        ds,
        tenant,
        "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, ?)",
        rep,
        tenant,
        "late-rep@" + tenant + ".example",
        "Late rep");
    sql(
        ds,
        tenant,
        "insert into user_role (tenant_id, user_id, role) values (?, ?, 'SALES_REP')",
        tenant,
        rep);
    sql(
        ds,
        tenant,
        "insert into user_territory (tenant_id, user_id, territory_id) values (?, ?, ?)",
        tenant,
        rep,
        seed.world.t1);
    measure(
        "a new sales rep of the territory with 10,000 accounts and contacts",
        base,
        ds,
        tenant,
        rep);
    UUID acme = DemoIdentity.ACME.id();
    measure(
        "technician tech1 of the demo tenant",
        base,
        ds,
        acme,
        DemoIdentity.userId(DemoIdentity.ACME, "tech1"));
  }

  private static void measure(String who, URI base, DataSource ds, UUID tenant, UUID user)
      throws Exception {
    UUID device = UUID.randomUUID();
    sql(
        ds,
        tenant,
        "insert into device (id, tenant_id, user_id, name, platform) values (?, ?, ?, 'Bench',"
            + " 'ANDROID')",
        device,
        tenant,
        user);
    BenchClient client = new BenchClient(base, BenchTokens.issue(tenant, user), device);
    long start = System.nanoTime();
    PullPage page = client.pull(Cursor.START, 1000);
    double first = (System.nanoTime() - start) / 1e6;
    long records = page.changes().size();
    while (page.hasMore()) {
      page = client.pull(page.nextCursor(), 1000);
      records += page.changes().size();
    }
    double all = (System.nanoTime() - start) / 1e6;
    long members =
        new SyncDb(ds, tenant)
            .count("select count(*) from sync_scope_member where scope_id = ?", "user:" + user);
    System.out.printf(
        "RESULT scope opening, %s: first pull (opens the scope of %d records) %.0f ms;"
            + " initial sync of %d records %.0f ms (load %s)%n",
        who, members, first, records, all, BenchTokens.loadAverage());
  }

  private static void sql(DataSource ds, UUID tenant, String statement, Object... params) {
    new SyncDb(ds, tenant).execute(statement, params);
  }
}
