package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;

/**
 * The cursor can no longer be served (older than the retention horizon, or the device's scope
 * changed): the client resyncs from {@link Cursor#START}, keeping its unpushed outbox (R39, R40).
 */
public record ResyncRequired(int protocolVersion, String reason) implements PullResponse {

  public ResyncRequired {
    Checks.atLeast(protocolVersion, 1, "protocolVersion");
    Checks.text(reason, "reason", 2000);
  }
}
