package io.fieldline.backend.sales.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SQL statement's positional parameters: {@link #bind} adds a value and answers its placeholder
 * ({@code $3}), so conditions and values are written together. Plus small execution helpers.
 */
public final class Sql {
  private final List<Object> values = new ArrayList<>();

  /** Adds a value; answers its placeholder. */
  public String bind(Object value) {
    values.add(value);
    return "$" + values.size();
  }

  /** The values in placeholder order. */
  public Tuple tuple() {
    return Tuple.from(values);
  }

  /** Runs {@code statement} with these parameters. */
  public Uni<RowSet<Row>> run(SqlConnection c, String statement) {
    return c.preparedQuery(statement).execute(tuple());
  }

  /** Runs a statement with the given parameters. */
  public static Uni<RowSet<Row>> exec(SqlConnection c, String statement, Object... params) {
    return c.preparedQuery(statement).execute(Tuple.from(params));
  }

  /** The first row, if any. */
  public static Optional<Row> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /** Every row as a list. */
  public static List<Row> list(RowSet<Row> rows) {
    List<Row> out = new ArrayList<>();
    rows.forEach(out::add);
    return out;
  }
}
