package io.fieldline.sync.wire;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldConflict;
import java.util.Objects;

/** A field of a mutation that was held for a person, and why. */
public record HeldField(String field, SyncErrorCode reason) {

  public HeldField {
    Objects.requireNonNull(field, "field must not be null");
    if (!field.equals(FieldConflict.DELETED)) {
      Checks.name(field, "field");
    }
    if (reason != SyncErrorCode.CONFLICT_HELD && reason != SyncErrorCode.ILLEGAL_TRANSITION) {
      throw new IllegalArgumentException(
          "reason must be CONFLICT_HELD or ILLEGAL_TRANSITION but was " + reason);
    }
  }
}
