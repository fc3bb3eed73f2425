package io.fieldline.backend.harness;

import io.fieldline.backend.devdb.DbTarget;
import io.fieldline.backend.devdb.HarnessDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Run 4: the service's database connections terminated mid-transaction ({@code
 * pg_terminate_backend} on the service role's busy backends) at random moments, and the database
 * crashed and restarted. Runs on a private throw-away cluster; without PostgreSQL's binaries, on
 * the shared server with terminations only.
 */
public final class DatabaseFaultRun {
  private DatabaseFaultRun() {}

  public static RunResult run(
      long seed, int devices, int mutations, int terminations, int restarts) {
    Optional<PrivateCluster> cluster = PrivateCluster.start();
    try {
      DbTarget db =
          cluster.isPresent()
              ? HarnessDatabases.fresh("127.0.0.1", cluster.get().port(), "fieldline_harness_db")
              : HarnessDatabases.fresh("fieldline_harness_db_" + ProcessHandle.current().pid());
      try (RunEnv env = RunEnv.on(db, "db-faults", seed, List.of())) {
        HarnessWorld world = FaultRuns.reps(env, devices, 5);
        Random random = new Random(seed);
        int[] counts = {0, 0};
        int restartsPossible = cluster.isPresent() ? restarts : 0;
        RunResult r =
            Drive.run(
                env,
                mutations,
                d ->
                    DeviceWork.run(
                        d, FaultRuns.accounts(world, d), mutations, 5, 40, seed + d.hashCode()),
                done -> inject(env, cluster, random, done, terminations, restartsPossible, counts),
                true);
        return new RunResult(
                r.run(),
                r.devices(),
                r.mutations(),
                counts[0]
                    + " backends terminated, "
                    + counts[1]
                    + " database crashes + restarts"
                    + (cluster.isPresent() ? " (private cluster)" : " (shared server: no restart)"),
                r.verdict(),
                r.pushLatency(),
                r.recovery(),
                r.seconds())
            .print();
      }
    } finally {
      cluster.ifPresent(PrivateCluster::close);
    }
  }

  private static void inject(
      RunEnv env,
      Optional<PrivateCluster> cluster,
      Random random,
      AtomicBoolean done,
      int terminations,
      int restarts,
      int[] counts)
      throws Exception {
    int rounds = 0;
    while (!done.get() && (counts[0] < terminations || counts[1] < restarts)) {
      Sleep.millis(200 + random.nextInt(600));
      rounds++;
      if (cluster.isPresent() && counts[1] < restarts && rounds % 8 == 0) {
        cluster.get().crash();
        Sleep.millis(500 + random.nextInt(1500));
        cluster.get().up();
        env.metrics.healed();
        counts[1]++;
        continue;
      }
      try (Connection c = env.admin();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                      + " where datname = current_database() and usename = '"
                      + env.db.appUser()
                      + "' and state in ('active', 'idle in transaction')")) {
        rs.next();
        counts[0] += rs.getInt(1);
      } catch (java.sql.SQLException e) {
        // the server is restarting
      }
    }
  }
}
