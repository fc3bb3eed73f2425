package io.fieldline.sync.wire;

import io.fieldline.sync.WireToken;

/** The wire discriminator of {@link MutationResult}s. */
public enum ResultKind implements WireToken {
  APPLIED("applied"),
  MERGED("merged"),
  CONFLICT_HELD("conflict_held"),
  REJECTED("rejected"),
  DUPLICATE("duplicate");

  private final String wire;

  ResultKind(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown kinds are rejected. */
  public static ResultKind fromWire(String token) {
    return WireToken.parse(ResultKind.class, token, "result type");
  }
}
