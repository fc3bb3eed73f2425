package io.fieldline.sync.engine;

import io.fieldline.sync.model.Checks;
import java.time.Instant;
import java.util.Objects;

/** A refused attempt to use a device the caller does not own (R3). */
public record SecurityEvent(Instant at, String principalId, String deviceId, String reason) {

  public SecurityEvent {
    Objects.requireNonNull(at, "at must not be null");
    Checks.text(principalId, "principalId", 128);
    Checks.text(deviceId, "deviceId", 128);
    Checks.text(reason, "reason", 500);
  }
}
