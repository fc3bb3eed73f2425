package io.fieldline.sync.wire;

import io.fieldline.sync.WireToken;

/** The wire discriminator of top-level responses. */
public enum MessageType implements WireToken {
  PUSH_RESULT("push_result"),
  PULL_PAGE("pull_page"),
  RESYNC_REQUIRED("resync_required"),
  REFUSED("refused");

  private final String wire;

  MessageType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown values are rejected. */
  public static MessageType fromWire(String token) {
    return WireToken.parse(MessageType.class, token, "message type");
  }
}
