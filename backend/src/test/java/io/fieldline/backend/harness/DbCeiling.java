package io.fieldline.backend.harness;

import io.fieldline.backend.devdb.DbTarget;
import io.fieldline.backend.devdb.HarnessDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The raw-database ceiling for the rows a push writes, without the service: contacts inserted as
 * the service role through JDBC, so the same capture triggers write the sync record, its version
 * and the change-log rows (and assign log positions at commit). Once with one row per transaction
 * (what a push costs per mutation: the engine runs one transaction per mutation) and once in
 * batches of 100 rows per transaction; {@code threads} writers in parallel, each on one connection
 * held for the run (as a pool lends it). Before that, the same number of contact creates pushed
 * through the service by as many devices ({@link ServicePushRate}), so the service's push rate
 * reads as a share of the database's.
 */
public final class DbCeiling {
  private DbCeiling() {}

  public static void run(long seed, int rows, int threads) throws Exception {
    DbTarget db =
        HarnessDatabases.fresh("fieldline_harness_ceiling_" + ProcessHandle.current().pid());
    // the schema comes from the service's migrations: start it once, then stop it
    try (RunEnv env = RunEnv.on(db, "ceiling", seed, List.of())) {
      HarnessWorld world = HarnessWorld.seed(env.dataSource, "ceiling", seed, threads, 20);
      double service = ServicePushRate.measure(env, world, rows, threads);
      env.service.kill();
      for (int perTx : new int[] {1, 100}) {
        double rate = insert(env.dataSource, world, rows, threads, perTx);
        Report.line(
            "ceiling",
            String.format(
                "%d contacts, %d writers, %d rows per transaction: %.0f rows/s"
                    + " (domain row + sync_record + version + change log, by the triggers);"
                    + " the service's push (%.0f/s) is %.1f%% of it",
                rows, threads, perTx, rate, service, 100 * service / rate));
      }
    }
  }

  private static double insert(DataSource ds, HarnessWorld world, int rows, int threads, int perTx)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Daemon.threads("ceiling"));
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      HarnessWorld.Rep rep = world.reps.get(t);
      futures.add(
          pool.submit(
              () -> {
                // one connection per writer for the whole run, as a pool lends them; each
                // transaction sets its tenant like TenantTx.jdbc does
                try (Connection c = ds.getConnection()) {
                  c.setAutoCommit(false);
                  try (Statement set = c.createStatement();
                      PreparedStatement p =
                          c.prepareStatement(
                              "insert into contact (id, account_id, first_name, last_name)"
                                  + " values (?, ?, 'F', ?)")) {
                    for (int done = 0; done < rows / threads; done += perTx) {
                      set.execute(
                          "set transaction isolation level read committed;"
                              + " select set_config('app.tenant_id', '"
                              + world.tenant
                              + "', true)");
                      for (int i = 0; i < perTx; i++) {
                        p.setObject(1, UUID.randomUUID());
                        p.setObject(2, rep.accounts().get((done + i) % rep.accounts().size()));
                        p.setString(3, "L" + (done + i));
                        p.addBatch();
                      }
                      p.executeBatch();
                      c.commit();
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return (rows / threads * threads) / ((System.nanoTime() - t0) / 1e9);
  }
}
