package io.fieldline.sync.model;

import java.time.Instant;
import java.util.Objects;

/** Whether a held conflict is waiting for a person or resolved. */
public sealed interface ConflictStatus {

  /** Waiting for a person. */
  record Open() implements ConflictStatus {}

  /**
   * Resolved by {@code resolvedBy}; the resolution was written as record version {@code version}.
   */
  record Resolved(String resolvedBy, Instant resolvedAt, long version) implements ConflictStatus {
    public Resolved {
      Checks.text(resolvedBy, "resolvedBy", 128);
      Objects.requireNonNull(resolvedAt, "resolvedAt must not be null");
      Checks.atLeast(version, 1, "version");
    }
  }
}
