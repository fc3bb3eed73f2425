package io.fieldline.backend.sync.entity;

import java.util.Objects;
import java.util.Set;

/**
 * One synced field and the column that holds it, with the column's constraints (so a device's write
 * that the table would refuse is rejected as VALIDATION_FAILED before anything is written).
 *
 * @param field the protocol field name
 * @param column the column name
 * @param type the column's type
 * @param notNull the column is NOT NULL
 * @param maxLength the longest text (0: no limit)
 * @param pattern a regular expression text must match (null: none)
 * @param allowed the only values text may take (empty: any)
 * @param min the smallest number (null: none)
 * @param max the largest number (null: none)
 */
public record Column(
    String field,
    String column,
    ColumnType type,
    boolean notNull,
    int maxLength,
    String pattern,
    Set<String> allowed,
    Double min,
    Double max) {

  public Column {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    allowed = Set.copyOf(allowed);
  }

  /** A nullable column named like its field. */
  public static Column of(String field, ColumnType type) {
    return new Column(field, field, type, false, 0, null, Set.of(), null, null);
  }

  /** A nullable text column named like its field. */
  public static Column text(String field) {
    return of(field, ColumnType.TEXT);
  }

  /** A copy stored in another column. */
  public Column in(String columnName) {
    return new Column(field, columnName, type, notNull, maxLength, pattern, allowed, min, max);
  }

  /** A copy that is NOT NULL. */
  public Column required() {
    return new Column(field, column, type, true, maxLength, pattern, allowed, min, max);
  }

  /** A copy limited to {@code length} characters. */
  public Column maxLength(int length) {
    return new Column(field, column, type, notNull, length, pattern, allowed, min, max);
  }

  /** A copy whose text must match {@code regex}. */
  public Column matching(String regex) {
    return new Column(field, column, type, notNull, maxLength, regex, allowed, min, max);
  }

  /** A copy whose text must be one of {@code values}. */
  public Column oneOf(String... values) {
    return new Column(field, column, type, notNull, maxLength, pattern, Set.of(values), min, max);
  }

  /** A copy whose number must lie in [low, high]. */
  public Column between(double low, double high) {
    return new Column(field, column, type, notNull, maxLength, pattern, allowed, low, high);
  }
}
