package io.fieldline.sync.wire;

import io.fieldline.sync.WireToken;

/** The wire discriminator of {@link Change}s. */
public enum ChangeKind implements WireToken {
  UPSERT("upsert"),
  DELETE("delete"),
  EVICT("evict"),
  GRANT("grant");

  private final String wire;

  ChangeKind(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown change types are rejected. */
  public static ChangeKind fromWire(String token) {
    return WireToken.parse(ChangeKind.class, token, "change type");
  }
}
