package io.fieldline.backend.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes of a store transaction whose outcome is only checked, never read back by the engine
 * (claiming a sequence, storing a result, adding a member, staging a log row): they wait until the
 * transaction's next statement or its commit and are then sent together, as one multi-statement
 * query, which the PostgreSQL driver sends in one round trip. A mutation's end (its log rows and
 * stored result) and the next one's claim thus cost one round trip instead of three. Order is kept
 * (pending writes always run before the next statement), and a write whose count is wrong fails the
 * transaction with the same exception as when it ran at once.
 */
final class DeferredWrites {

  /** A pending write and the update count it must have (-1: any, or it returns rows). */
  private record Write(
      String sql, Object[] params, int expected, Supplier<RuntimeException> wrongCount) {}

  private final List<Write> pending = new ArrayList<>();

  /** Queues a write whose count does not matter (or that returns rows). */
  void add(String sql, Object... params) {
    pending.add(new Write(sql, params, -1, null));
  }

  /**
   * Queues a write that must change exactly {@code expected} rows, else fails with {@code wrong}.
   */
  void addChecked(String sql, int expected, Supplier<RuntimeException> wrong, Object... params) {
    pending.add(new Write(sql, params, expected, wrong));
  }

  /** Sends the pending writes in one round trip and checks their counts. */
  void flush(Connection c) throws SQLException {
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
        int count = rows ? -1 : statement.getUpdateCount();
        if (w.expected() >= 0 && count != w.expected()) {
          throw w.wrongCount().get();
        }
        rows = statement.getMoreResults();
      }
    }
  }
}
