package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import java.util.Objects;

/** Asks for the next page of changes after {@code cursor} for the device's scope (R30-R34). */
public record PullRequest(int protocolVersion, String deviceId, Cursor cursor, int pageSize) {

  /** The largest page size a request may ask for; the server may cap lower (R32). */
  public static final int MAX_PAGE_SIZE = 10_000;

  public PullRequest {
    Checks.atLeast(protocolVersion, 1, "protocolVersion");
    Checks.text(deviceId, "deviceId", 128);
    Objects.requireNonNull(cursor, "cursor must not be null");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be in [1, " + MAX_PAGE_SIZE + "] but was " + pageSize);
    }
  }
}
