package io.fieldline.backend.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The statements of a store transaction that wait for its next read: writes whose outcome is only
 * checked, never read back (claiming a sequence, storing a result, adding a member, staging a log
 * row, writing the record and its domain row) and the queries a read needs. They are sent together
 * with the next query, or at commit, as one multi-statement query, which the PostgreSQL driver
 * sends in one round trip: a mutation's writes and the next mutation's reads cost one round trip
 * instead of one each. Order is kept (statements run in the order they were queued), and a write
 * whose count is wrong fails the transaction with the same exception as when it ran at once.
 */
final class DeferredWrites {

  /** Takes the rows of a queued query when it was sent. */
  @FunctionalInterface
  interface Rows {
    void take(ResultSet rows) throws SQLException;
  }

  /**
   * A queued statement: a write and the update count it must have (-1: any), or a query whose rows
   * go to {@code rows}.
   */
  private record Write(
      String sql,
      Object[] params,
      int expected,
      Supplier<RuntimeException> wrongCount,
      Rows rows) {}

  private final Connection c;
  private final List<Write> pending = new ArrayList<>();

  DeferredWrites(Connection c) {
    this.c = c;
  }

  /** Queues a write whose count does not matter (or whose rows are not needed). */
  void add(String sql, Object... params) {
    pending.add(new Write(sql, params, -1, null, null));
  }

  /**
   * Queues a write that must change exactly {@code expected} rows, else fails with {@code wrong}.
   */
  void addChecked(String sql, int expected, Supplier<RuntimeException> wrong, Object... params) {
    pending.add(new Write(sql, params, expected, wrong, null));
  }

  /** Queues a query whose rows go to {@code rows} when it is sent (at the next flush). */
  void addQuery(String sql, Rows rows, Object... params) {
    pending.add(new Write(sql, params, -1, null, rows));
  }

  /** Sends the pending statements and then {@code sql} in one round trip; returns its rows. */
  <T> List<T> query(String sql, Sql.RowMapper<T> mapper, Object... params) throws SQLException {
    List<T> out = new ArrayList<>();
    addQuery(
        sql,
        rows -> {
          while (rows.next()) {
            out.add(mapper.map(rows));
          }
        },
        params);
    flush();
    return out;
  }

  /** Sends the pending statements in one round trip, checks counts and hands rows over. */
  void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    List<Write> writes = List.copyOf(pending);
    pending.clear();
    String sql = writes.stream().map(Write::sql).collect(Collectors.joining("; "));
    Object[] params = writes.stream().flatMap(w -> Arrays.stream(w.params())).toArray();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      Sql.bind(statement, params);
      boolean rows = statement.execute();
      for (Write w : writes) {
        if (w.rows() != null) {
          if (!rows) {
            throw new IllegalStateException("a queued query returned no rows: " + w.sql());
          }
          try (ResultSet result = statement.getResultSet()) {
            w.rows().take(result);
          }
        } else {
          int count = rows ? -1 : statement.getUpdateCount();
          if (w.expected() >= 0 && count != w.expected()) {
            throw w.wrongCount().get();
          }
        }
        rows = statement.getMoreResults();
      }
    }
  }
}
