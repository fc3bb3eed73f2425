package io.fieldline.backend.sync.store;

import io.fieldline.sync.store.TransientStoreException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Maps PostgreSQL failures to the store contract: lost races (serialization failure 40001, deadlock
 * 40P01, a concurrent claim's unique violation) are {@link TransientStoreException} of kind
 * CONFLICT, an unreachable or exhausted database (or pool: no SQLSTATE) is UNAVAILABLE, anything
 * else is a bug and propagates as {@link SyncStoreException}.
 */
final class SqlFailures {

  private static final Set<String> CONFLICT = Set.of("40001", "40P01");

  private SqlFailures() {}

  static RuntimeException map(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (CONFLICT.contains(state)) {
      return new TransientStoreException(
          TransientStoreException.Kind.CONFLICT, "a concurrent transaction won; retry");
    }
    if (state.isEmpty()
        || state.startsWith("08")
        || state.startsWith("53")
        || state.equals("57P01")
        || state.equals("57P03")
        || e instanceof SQLTransientConnectionException) {
      return new TransientStoreException(
          TransientStoreException.Kind.UNAVAILABLE, "the database is unavailable; retry later");
    }
    return new SyncStoreException("sync store statement failed (SQLSTATE " + state + ")", e);
  }

  /** A lost compare-and-set: another transaction claimed or wrote first. */
  static TransientStoreException lostRace(String what) {
    return new TransientStoreException(TransientStoreException.Kind.CONFLICT, what);
  }
}
