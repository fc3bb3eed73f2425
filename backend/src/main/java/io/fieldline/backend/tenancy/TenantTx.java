package io.fieldline.backend.tenancy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The one way to open a database transaction. Its first statement sets the tenant
 * transaction-locally ({@code set_config('app.tenant_id', ..., true)}), so row-level security binds
 * every statement to that tenant, and a pooled connection never carries it into the next request. A
 * transaction opened any other way sees no tenant rows and cannot write them.
 */
public final class TenantTx {
  static final String SET_TENANT = "select set_config('app.tenant_id', $1, true)";
  private static final String SET_TENANT_HQL = "select set_config('app.tenant_id', :tenant, true)";

  private TenantTx() {}

  /** Runs {@code work} in a Hibernate Reactive (Panache) transaction bound to {@code tenant}. */
  public static <T> Uni<T> run(UUID tenant, Supplier<Uni<T>> work) {
    Objects.requireNonNull(tenant, "tenant");
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    session ->
                        session
                            .createNativeQuery(SET_TENANT_HQL)
                            .setParameter("tenant", tenant.toString())
                            .getSingleResult())
                .chain(() -> work.get()));
  }

  /**
   * Runs {@code work} in a transaction with no tenant but one {@link SystemScope}, which unlocks
   * SELECT on its one table across tenants. Writes fail and every other table reads empty.
   */
  public static <T> Uni<T> system(
      Pool pool, SystemScope scope, Function<SqlConnection, Uni<T>> work) {
    Objects.requireNonNull(scope, "scope");
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery("select set_config('app.system_scope', $1, true)")
                .execute(Tuple.of(scope.setting()))
                .chain(() -> work.apply(connection)));
  }

  /** Runs {@code work} on a plain SQL connection in a transaction bound to {@code tenant}. */
  public static <T> Uni<T> sql(Pool pool, UUID tenant, Function<SqlConnection, Uni<T>> work) {
    Objects.requireNonNull(tenant, "tenant");
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery(SET_TENANT)
                .execute(Tuple.of(tenant.toString()))
                .chain(() -> work.apply(connection)));
  }

  /** Work on a JDBC connection inside a {@link #jdbc} transaction. */
  @FunctionalInterface
  public interface JdbcWork<T> {
    /** Runs on the open transaction; an exception rolls it back. */
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on a blocking JDBC connection in a transaction bound to {@code tenant}, at
   * the given isolation level ({@link Connection#TRANSACTION_READ_COMMITTED}, ...). The tenant is
   * set first, the transaction commits when {@code work} returns and rolls back when it throws; the
   * isolation applies to this transaction only, so the connection goes back to the pool as lent
   * (autocommit restored). For callers that are synchronous by contract (the sync store); call it
   * on a worker thread, never an event loop.
   */
  public static <T> T jdbc(DataSource dataSource, UUID tenant, int isolation, JdbcWork<T> work)
      throws SQLException {
    return jdbc(dataSource, tenant, isolation, Map.of(), null, work);
  }

  /**
   * As {@link #jdbc(DataSource, UUID, int, JdbcWork)}, with further transaction-local settings
   * ({@code set_config(name, value, true)}, e.g. the sync store's clock) made in the same round
   * trip as the tenant's.
   */
  public static <T> T jdbc(
      DataSource dataSource,
      UUID tenant,
      int isolation,
      Map<String, String> settings,
      JdbcWork<T> work)
      throws SQLException {
    return jdbc(dataSource, tenant, isolation, settings, null, work);
  }

  /**
   * As {@link #jdbc(DataSource, UUID, int, Map, JdbcWork)}, for a transaction that must take its
   * snapshot while its session holds the advisory lock {@code sessionLock} exclusively: the lock is
   * taken on the connection before the transaction begins (waiting for its holders) and released by
   * the transaction's first statement, the one that takes the snapshot. The sync store's readers of
   * the change log use it (backend/docs/sync.md, R31).
   */
  public static <T> T jdbcAfterLock(
      DataSource dataSource,
      UUID tenant,
      int isolation,
      Map<String, String> settings,
      long sessionLock,
      JdbcWork<T> work)
      throws SQLException {
    return jdbc(dataSource, tenant, isolation, settings, sessionLock, work);
  }

  private static <T> T jdbc(
      DataSource dataSource,
      UUID tenant,
      int isolation,
      Map<String, String> settings,
      Long sessionLock,
      JdbcWork<T> work)
      throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    StringBuilder more = new StringBuilder();
    settings.forEach(
        (name, value) -> {
          if (!name.matches("[a-z_]+\\.[a-z_]+") || name.equals("app.tenant_id")) {
            throw new IllegalArgumentException("not a setting a transaction may make: " + name);
          }
          more.append(", set_config('")
              .append(name)
              .append("', '")
              .append(value.replace("'", "''"))
              .append("', true)");
        });
    try (Connection connection = dataSource.getConnection()) {
      boolean locked = false;
      if (sessionLock != null) {
        try (Statement lock = connection.createStatement()) {
          lock.execute("select pg_advisory_lock(" + sessionLock + ")");
        }
        locked = true;
      }
      connection.setAutoCommit(false);
      try {
        // One round trip: the isolation of this transaction only (nothing to restore) and the
        // tenant, transaction-locally (and the session lock released once the snapshot is taken).
        // The tenant is a UUID and the lock a number, so inlining them is safe.
        try (Statement set = connection.createStatement()) {
          set.execute(
              "set transaction isolation level "
                  + isolationLevel(isolation)
                  + "; select set_config('app.tenant_id', '"
                  + tenant
                  + "', true)"
                  + more
                  + (sessionLock == null ? "" : ", pg_advisory_unlock(" + sessionLock + ")"));
        }
        locked = false;
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      } finally {
        restore(connection);
        if (locked) {
          unlockOrDiscard(connection, sessionLock);
        }
      }
    }
  }

  /** Releases a session lock; a connection that cannot is ended, which releases it too. */
  private static void unlockOrDiscard(Connection connection, long sessionLock) {
    try (Statement unlock = connection.createStatement()) {
      unlock.execute("select pg_advisory_unlock(" + sessionLock + ")");
    } catch (SQLException e) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // the connection is gone, and its session with it
      }
    }
  }

  /**
   * A connection of its own (outside the pool) for PostgreSQL {@code LISTEN} only: autocommit, no
   * tenant set, so row-level security shows it no tenant row. Used by the sync pokes listener,
   * which holds it for the life of the service.
   */
  public static Connection listenConnection(String url, String user, String password)
      throws SQLException {
    Connection connection = java.sql.DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(true);
    return connection;
  }

  private static String isolationLevel(int isolation) {
    return switch (isolation) {
      case Connection.TRANSACTION_READ_COMMITTED -> "read committed";
      case Connection.TRANSACTION_REPEATABLE_READ -> "repeatable read";
      case Connection.TRANSACTION_SERIALIZABLE -> "serializable";
      default -> throw new IllegalArgumentException("unsupported isolation level " + isolation);
    };
  }

  /** Puts the connection back as the pool lent it; a broken connection is discarded by the pool. */
  private static void restore(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException brokenConnection) {
      // the pool validates and replaces connections that fail here
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }
}
