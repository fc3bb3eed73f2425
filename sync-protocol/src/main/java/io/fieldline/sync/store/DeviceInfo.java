package io.fieldline.sync.store;

import io.fieldline.sync.model.Checks;

/**
 * A registered device: who owns it (the authenticated principal allowed to push and pull for it,
 * R3) and which scope it syncs. The backend registers devices at sign-in.
 */
public record DeviceInfo(String deviceId, String ownerId, String scopeId) {

  public DeviceInfo {
    Checks.text(deviceId, "deviceId", 128);
    Checks.text(ownerId, "ownerId", 128);
    Checks.text(scopeId, "scopeId", 128);
  }
}
