package io.fieldline.sync.wire;

import io.fieldline.sync.WireToken;

/** What a mutation does to its record. */
public enum Operation implements WireToken {
  /** Creates a record with an id the device chose; base version 0. */
  CREATE("create"),
  /** Changes some fields of an existing record; carries only the changed fields. */
  UPDATE("update"),
  /** Deletes a record; carries no fields. */
  DELETE("delete");

  private final String wire;

  Operation(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown operations are rejected. */
  public static Operation fromWire(String token) {
    return WireToken.parse(Operation.class, token, "operation");
  }
}
