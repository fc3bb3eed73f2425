package io.fieldline.backend.sales.db;

import io.fieldline.backend.error.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cursor pagination over one sort key plus the id as tie-breaker (keyset, never OFFSET). A cursor
 * is the opaque base64 of the last row's key and id; the next page starts strictly after it.
 *
 * @param expression the sort key as SQL, never null (coalesce nullable columns)
 * @param cast the key's SQL type, to compare a cursor's text with it ({@code text}, {@code
 *     timestamptz}, {@code numeric}, {@code date})
 * @param descending sort direction (applies to the key and the id)
 * @param idExpression the row's id column
 */
public record Keyset(String expression, String cast, boolean descending, String idExpression) {
  /** Largest page a client may ask for. */
  public static final int MAX_FIRST = 100;

  /** Default page size. */
  public static final int DEFAULT_FIRST = 20;

  /**
   * Selects one page: {@code select <columns>, <key> from <from> where <where> [after] order by
   * <key>, <id> limit first + 1}.
   */
  public <T> Uni<Paged<T>> fetch(
      SqlConnection c,
      Sql sql,
      String columns,
      String from,
      List<String> where,
      Integer first,
      String after,
      Function<Row, T> map) {
    int limit = first(first);
    List<String> conditions = new ArrayList<>(where);
    if (after != null) {
      String[] parts = decode(after);
      conditions.add(
          "("
              + expression
              + ", "
              + idExpression
              + ") "
              + (descending ? "<" : ">")
              + " ("
              + sql.bind(parts[0])
              + "::"
              + cast
              + ", "
              + sql.bind(UUID.fromString(parts[1]))
              + ")");
    }
    String dir = descending ? " desc" : " asc";
    String statement =
        "select "
            + columns
            + ", ("
            + expression
            + ")::text as sort_key from "
            + from
            + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
            + " order by "
            + expression
            + dir
            + ", "
            + idExpression
            + dir
            + " limit "
            + sql.bind(limit + 1);
    return sql.run(c, statement)
        .map(
            rows -> {
              List<T> nodes = new ArrayList<>();
              List<String> cursors = new ArrayList<>();
              for (Row row : rows) {
                if (nodes.size() == limit) {
                  return new Paged<>(nodes, cursors, true, after != null);
                }
                nodes.add(map.apply(row));
                cursors.add(encode(row.getString("sort_key"), row.getUUID("id")));
              }
              return new Paged<>(nodes, cursors, false, after != null);
            });
  }

  private static int first(Integer first) {
    int n = first == null ? DEFAULT_FIRST : first;
    if (n < 1 || n > MAX_FIRST) {
      throw ApiException.invalid("first", "first must be between 1 and " + MAX_FIRST);
    }
    return n;
  }

  static String encode(String key, UUID id) {
    String raw = (key == null ? "" : key) + "\n" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static String[] decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int cut = raw.lastIndexOf('\n');
      String[] parts = {raw.substring(0, cut), raw.substring(cut + 1)};
      UUID.fromString(parts[1]);
      return parts;
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw ApiException.invalid("after", "after is not a cursor this API issued");
    }
  }
}
