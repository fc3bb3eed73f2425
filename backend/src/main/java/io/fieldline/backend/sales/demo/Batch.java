package io.fieldline.backend.sales.demo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Rows for one INSERT statement, written with a single {@code executeBatch}. */
final class Batch {
  private final String sql;
  private final List<Tuple> rows = new ArrayList<>();

  Batch(String sql) {
    this.sql = sql;
  }

  /** Adds a row. */
  Batch add(Object... values) {
    rows.add(Tuple.from(values));
    return this;
  }

  /** Writes every row (nothing when empty). */
  Uni<Void> write(SqlConnection c) {
    if (rows.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
  }

  /** Writes batches one after the other. */
  static Uni<Void> writeAll(SqlConnection c, Batch... batches) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Batch b : batches) {
      chain = chain.chain(() -> b.write(c));
    }
    return chain;
  }
}
