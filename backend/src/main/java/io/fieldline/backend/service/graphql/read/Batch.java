package io.fieldline.backend.service.graphql.read;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Loads fields for a batch of parents with one query ({@code ... = any($1)} over their keys) and
 * returns the results in the parents' order, as batched GraphQL field resolvers need them.
 */
public final class Batch {
  private Batch() {}

  /** One value per key (null where none); {@code keyColumn} names the key in each row. */
  public static <T> Uni<List<T>> one(
      SqlConnection c, String sql, List<UUID> keys, String keyColumn, Function<Row, T> mapper) {
    return query(c, sql, keys, new Object[0])
        .map(
            rows -> {
              Map<UUID, T> byKey = new HashMap<>();
              rows.forEach(r -> byKey.put(r.getUUID(keyColumn), mapper.apply(r)));
              List<T> out = new ArrayList<>(keys.size());
              keys.forEach(k -> out.add(k == null ? null : byKey.get(k)));
              return out;
            });
  }

  /**
   * A list per key (empty where none), in the query's order; {@code extra} binds {@code $2, $3,
   * ...}.
   */
  public static <T> Uni<List<List<T>>> many(
      SqlConnection c,
      String sql,
      List<UUID> keys,
      String keyColumn,
      Function<Row, T> mapper,
      Object... extra) {
    return query(c, sql, keys, extra)
        .map(
            rows -> {
              Map<UUID, List<T>> byKey = new HashMap<>();
              rows.forEach(
                  r ->
                      byKey
                          .computeIfAbsent(r.getUUID(keyColumn), k -> new ArrayList<>())
                          .add(mapper.apply(r)));
              List<List<T>> out = new ArrayList<>(keys.size());
              keys.forEach(k -> out.add(k == null ? List.of() : byKey.getOrDefault(k, List.of())));
              return out;
            });
  }

  private static Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> query(
      SqlConnection c, String sql, List<UUID> keys, Object[] extra) {
    Set<UUID> distinct = new LinkedHashSet<>();
    keys.forEach(
        k -> {
          if (k != null) {
            distinct.add(k);
          }
        });
    Object[] params = new Object[extra.length + 1];
    params[0] = distinct.toArray(new UUID[0]);
    System.arraycopy(extra, 0, params, 1, extra.length);
    return c.preparedQuery(sql).execute(Tuple.from(params));
  }
}
