package io.fieldline.backend.harness;

import java.util.UUID;

/**
 * A simulated device in a run: its client, its tenant and the scope its user's devices share.
 *
 * @param client the sync client driving it
 * @param tenant its tenant
 * @param user its user
 */
public record Device(SyncClient client, UUID tenant, UUID user) {
  public String scopeId() {
    return "user:" + user;
  }
}
