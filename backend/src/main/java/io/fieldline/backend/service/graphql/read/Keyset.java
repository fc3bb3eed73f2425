package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.persistence.Cursor;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination over (time column, id column): stable under inserts, no offsets. The query must
 * end in a WHERE clause that conditions can be appended to.
 */
public final class Keyset {
  private Keyset() {}

  /** One page of items, and the cursor of its last row when more follow. */
  public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {}

  public static <T> Uni<Page<T>> page(
      SqlConnection c,
      Sql query,
      String timeColumn,
      String idColumn,
      boolean descending,
      String after,
      Integer first,
      Function<Row, T> mapper) {
    Cursor cursor = Cursor.decode(after);
    int size = Cursor.pageSize(first);
    String dir = descending ? " desc" : "";
    if (cursor != null) {
      query.and(
          "(" + timeColumn + ", " + idColumn + ") " + (descending ? "<" : ">") + " (?, ?)",
          cursor.at(),
          cursor.id());
    }
    query.add(" order by " + timeColumn + dir + ", " + idColumn + dir + " limit ?", size + 1);
    return query
        .run(c)
        .map(
            rows -> {
              List<T> items = new ArrayList<>();
              Cursor last = null;
              for (Row row : rows) {
                if (items.size() == size) {
                  return new Page<>(items, last.encode(), true);
                }
                items.add(mapper.apply(row));
                last =
                    new Cursor(
                        row.getOffsetDateTime(bare(timeColumn)), row.getUUID(bare(idColumn)));
              }
              return new Page<>(items, null, false);
            });
  }

  private static String bare(String column) {
    int dot = column.indexOf('.');
    return dot < 0 ? column : column.substring(dot + 1);
  }
}
