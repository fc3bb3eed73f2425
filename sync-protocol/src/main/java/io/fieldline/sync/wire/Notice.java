package io.fieldline.sync.wire;

import io.fieldline.sync.WireToken;

/** Informational flags on a mutation result; they never change what was applied. */
public enum Notice implements WireToken {
  /**
   * The device time was more than the tolerance ahead of, or more than the retention horizon
   * behind, the server clock (PROTOCOL.md R18). Kept as metadata; ordering is unaffected.
   */
  DEVICE_CLOCK_SKEW("device_clock_skew"),
  /** An edit-wins entity was brought back from deletion by this edit (PROTOCOL.md R26). */
  RECORD_RESURRECTED("record_resurrected");

  private final String wire;

  Notice(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown notices are rejected. */
  public static Notice fromWire(String token) {
    return WireToken.parse(Notice.class, token, "notice");
  }
}
