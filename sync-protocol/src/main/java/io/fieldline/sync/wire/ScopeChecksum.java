package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;

/**
 * A checksum of the live records in a device's scope at a checkpoint (R33): their number and the
 * SHA-256 of the lines {@code "<entityType> <id> <version>\n"} sorted by entity type, then id.
 */
public record ScopeChecksum(long count, String sha256) {

  public ScopeChecksum {
    Checks.atLeast(count, 0, "count");
    Checks.sha256(sha256, "sha256");
  }
}
