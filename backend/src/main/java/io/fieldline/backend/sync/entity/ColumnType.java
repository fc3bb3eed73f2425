package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.FieldType;
import java.util.Set;

/** The SQL type of a synced column and the protocol field types it can hold. */
public enum ColumnType {
  /** text / varchar. */
  TEXT(Set.of(FieldType.TEXT), "", "text", "character varying"),
  /** uuid, sent as its canonical text. */
  UUID(Set.of(FieldType.TEXT), "::uuid", "uuid"),
  /** numeric, integer, bigint. */
  NUMBER(Set.of(FieldType.NUMBER), "::numeric", "numeric", "integer", "bigint"),
  /** date, sent as ISO-8601 text ({@code 2026-11-23}). */
  DATE(Set.of(FieldType.TEXT), "::date", "date"),
  /** double precision. */
  FLOAT(Set.of(FieldType.NUMBER), "::double precision", "double precision"),
  /** boolean. */
  BOOLEAN(Set.of(FieldType.BOOLEAN), "::boolean", "boolean"),
  /** timestamptz, sent as an ISO-8601 UTC instant ({@code sync_instant_text}). */
  TIMESTAMP(Set.of(FieldType.TIMESTAMP), "::timestamptz", "timestamp with time zone"),
  /** jsonb: objects, lists, attachment metadata. */
  JSON(
      Set.of(
          FieldType.OBJECT,
          FieldType.LIST,
          FieldType.ATTACHMENT,
          FieldType.ATTACHMENT_LIST,
          FieldType.ANY),
      "::jsonb",
      "jsonb");

  private final Set<FieldType> carries;
  private final String cast;
  private final Set<String> sqlTypes;

  ColumnType(Set<FieldType> carries, String cast, String... sqlTypes) {
    this.carries = carries;
    this.cast = cast;
    this.sqlTypes = Set.of(sqlTypes);
  }

  /** Whether a field of {@code type} can be stored in a column of this type. */
  public boolean carries(FieldType type) {
    return carries.contains(type);
  }

  /** The SQL cast applied to a bound parameter ({@code ?::uuid}). */
  public String cast() {
    return cast;
  }

  /** Whether PostgreSQL's {@code format_type} of a column matches this type. */
  public boolean matchesSql(String formatType) {
    String base = formatType.replaceAll("\\(.*\\)$", "");
    return sqlTypes.contains(base);
  }
}
