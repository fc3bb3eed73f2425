package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.FieldType;

/** The SQL type of a synced column and the protocol field type it travels as. */
public enum ColumnType {
  /** text / varchar. */
  TEXT(FieldType.TEXT, ""),
  /** uuid, sent as its canonical text. */
  UUID(FieldType.TEXT, "::uuid"),
  /** numeric. */
  NUMBER(FieldType.NUMBER, "::numeric"),
  /** double precision. */
  FLOAT(FieldType.NUMBER, "::double precision"),
  /** boolean. */
  BOOLEAN(FieldType.BOOLEAN, "::boolean"),
  /** jsonb holding an object. */
  OBJECT(FieldType.OBJECT, "::jsonb");

  private final FieldType fieldType;
  private final String cast;

  ColumnType(FieldType fieldType, String cast) {
    this.fieldType = fieldType;
    this.cast = cast;
  }

  /** The protocol field type of values of this column. */
  public FieldType fieldType() {
    return fieldType;
  }

  /** The SQL cast applied to a bound parameter ({@code ?::uuid}). */
  public String cast() {
    return cast;
  }
}
