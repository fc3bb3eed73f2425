package io.fieldline.sync.engine;

import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.StoreTx;
import java.time.Clock;
import java.util.Optional;

/** Checks that the caller owns the device (R3) and records refusals as security events. */
final class DeviceGuard {

  private final SecurityEventSink events;
  private final Clock clock;

  DeviceGuard(SecurityEventSink events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** The device if the caller owns it; otherwise empty, after recording a security event. */
  Optional<DeviceInfo> authorize(StoreTx tx, Caller caller, String deviceId) {
    Optional<DeviceInfo> device = tx.device(deviceId);
    if (device.isPresent() && device.get().ownerId().equals(caller.principalId())) {
      return device;
    }
    String reason =
        device.isEmpty() ? "device is not registered" : "device belongs to another user";
    events.record(new SecurityEvent(clock.instant(), caller.principalId(), deviceId, reason));
    return Optional.empty();
  }

  static String refusal(String deviceId) {
    return "device " + deviceId + " is not registered to the caller";
  }
}
