package io.fieldline.backend.support.sync;

import io.fieldline.backend.tenancy.TenantTx;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads and writes a tenant's rows for tests and benchmarks (its own transaction, tenant set). */
public final class SyncDb {
  private final DataSource dataSource;
  private final UUID tenant;

  public SyncDb(DataSource dataSource, UUID tenant) {
    this.dataSource = dataSource;
    this.tenant = tenant;
  }

  /** The first column of the first row as a number (0 when there is no row). */
  public long count(String query, Object... params) {
    try {
      return TenantTx.jdbc(
          dataSource,
          tenant,
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            try (PreparedStatement p = c.prepareStatement(query)) {
              for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
              }
              try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
              }
            }
          });
    } catch (SQLException e) {
      throw new IllegalStateException(query + ": " + e.getMessage(), e);
    }
  }

  /** Runs one statement in its own transaction of this tenant. */
  public void execute(String statement, Object... params) {
    try {
      TenantTx.jdbc(
          dataSource,
          tenant,
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            try (PreparedStatement p = c.prepareStatement(statement)) {
              for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
              }
              p.execute();
            }
            return null;
          });
    } catch (SQLException e) {
      throw new IllegalStateException(statement + ": " + e.getMessage(), e);
    }
  }
}
