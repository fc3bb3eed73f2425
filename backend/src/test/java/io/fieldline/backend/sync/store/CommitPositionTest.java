package io.fieldline.backend.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.support.Tenants;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.wire.Change;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Commit positions under the shared log lock (R31, V4_30): writers take positions without waiting
 * for each other, and a reader's snapshot waits for every position already taken. The window this
 * covers (a transaction between drawing its position in its commit trigger and its commit becoming
 * visible) is held open by firing the deferred trigger early ({@code SET CONSTRAINTS ...
 * IMMEDIATE}).
 */
@QuarkusTest
class CommitPositionTest {

  @Inject DataSource dataSource;

  @Test
  void r31_aPullWaitsForAPositionTakenButNotYetVisible() throws Exception {
    UUID tenant = Tenants.create(dataSource, "commit-position");
    PgSyncStore store = new PgSyncStore(dataSource, tenant, Clock.systemUTC(), DomainSink.NONE);
    RecordKey early = new RecordKey("visit", UUID.randomUUID());
    RecordKey late = new RecordKey("visit", UUID.randomUUID());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Connection a = dataSource.getConnection()) {
      a.setAutoCommit(false);
      execute(a, "select set_config('app.tenant_id', '" + tenant + "', true)");
      execute(
          a,
          "select sync_stage('team-1', jsonb_build_object('type', 'evict', 'entityType', 'visit',"
              + " 'id', '"
              + early.id()
              + "'))");
      execute(a, "set constraints sync_assign_position immediate");

      // another writer commits a higher position meanwhile: writers do not wait for each other
      pool.submit(() -> store.inTransaction(tx -> append(tx, late))).get(60, TimeUnit.SECONDS);
      // a pull starting now must not see that position without the lower one still to come
      Future<List<LogEntry>> pull =
          pool.submit(
              () -> store.inReadTransaction(tx -> tx.readChanges("team-1", 0, 10).entries()));
      awaitReaderWaiting(tenant);
      a.commit();
      List<LogEntry> seen = pull.get(60, TimeUnit.SECONDS);

      assertThat(seen)
          .extracting(LogEntry::change)
          .containsExactly(new Change.Evict(early), new Change.Evict(late));
      assertThat(seen.get(0).position()).isLessThan(seen.get(1).position());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Void append(io.fieldline.sync.store.StoreTx tx, RecordKey key) {
    tx.appendChange("team-1", new Change.Evict(key));
    return null;
  }

  /** Until a session waits for the tenant's log lock (the reader, before its snapshot). */
  private void awaitReaderWaiting(UUID tenant) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet r =
            s.executeQuery(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                    + " and ((classid::bigint << 32) | objid::bigint) = sync_log_key('"
                    + tenant
                    + "')")) {
          r.next();
          if (r.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("no reader ever waited for the log lock");
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
