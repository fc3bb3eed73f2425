package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import java.util.List;

/**
 * A batch of a device's mutations in sequence order (PROTOCOL.md R5, R10). The caller's identity
 * comes from the transport (token), never from the body.
 */
public record PushRequest(int protocolVersion, String deviceId, List<MutationEntry> mutations) {

  public PushRequest {
    Checks.atLeast(protocolVersion, 1, "protocolVersion");
    Checks.text(deviceId, "deviceId", 128);
    mutations = List.copyOf(mutations);
    if (mutations.isEmpty()) {
      throw new IllegalArgumentException("mutations must not be empty");
    }
  }

  /** A request of well-formed mutations. */
  public static PushRequest of(int protocolVersion, String deviceId, List<Mutation> mutations) {
    return new PushRequest(protocolVersion, deviceId, List.copyOf(mutations));
  }
}
