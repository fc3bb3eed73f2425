package io.fieldline.sync.wire;

import io.fieldline.sync.WireToken;

/** The wire discriminator of {@link BatchEnd}s. */
public enum BatchEndKind implements WireToken {
  COMPLETE("complete"),
  OUT_OF_ORDER("out_of_order"),
  RETRY_LATER("retry_later");

  private final String wire;

  BatchEndKind(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown values are rejected. */
  public static BatchEndKind fromWire(String token) {
    return WireToken.parse(BatchEndKind.class, token, "batch end type");
  }
}
