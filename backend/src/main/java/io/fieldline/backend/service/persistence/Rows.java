package io.fieldline.backend.service.persistence;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers for reading rows and binding values. */
public final class Rows {
  private Rows() {}

  public static <E extends Enum<E>> E enumOf(Class<E> type, Row row, String column) {
    String value = row.getString(column);
    return value == null ? null : Enum.valueOf(type, value);
  }

  public static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(mapper.apply(row)));
    return out;
  }

  /** The first row mapped, or null when there is none. */
  public static <T> T first(RowSet<Row> rows, Function<Row, T> mapper) {
    var it = rows.iterator();
    return it.hasNext() ? mapper.apply(it.next()) : null;
  }

  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  public static UUID[] array(Collection<UUID> ids) {
    return ids.toArray(new UUID[0]);
  }

  /** The current time, in UTC, as the database client binds it. */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
