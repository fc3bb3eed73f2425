package io.fieldline.backend.service.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL statement built from fragments whose {@code ?} placeholders are numbered ({@code $1, $2,
 * ...}) and bound in order, so optional filters compose without counting parameters by hand.
 * Fragments must not contain a literal {@code ?} otherwise.
 */
public final class Sql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  public Sql(String fragment, Object... values) {
    add(fragment, values);
  }

  /** Appends {@code fragment}, binding its placeholders to {@code values}. */
  public Sql add(String fragment, Object... values) {
    int used = 0;
    for (int i = 0; i < fragment.length(); i++) {
      char ch = fragment.charAt(i);
      if (ch == '?') {
        if (used == values.length) {
          throw new IllegalArgumentException("Too few values for: " + fragment);
        }
        params.add(values[used++]);
        text.append('$').append(params.size());
      } else {
        text.append(ch);
      }
    }
    if (used != values.length) {
      throw new IllegalArgumentException("Too many values for: " + fragment);
    }
    return this;
  }

  /** Appends {@code " and " + condition}. */
  public Sql and(String condition, Object... values) {
    return add(" and " + condition, values);
  }

  public String text() {
    return text.toString();
  }

  public Tuple tuple() {
    return Tuple.from(params.toArray());
  }

  public Uni<RowSet<Row>> run(SqlConnection c) {
    return c.preparedQuery(text()).execute(tuple());
  }
}
