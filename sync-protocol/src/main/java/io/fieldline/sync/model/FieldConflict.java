package io.fieldline.sync.model;

import io.fieldline.sync.error.SyncErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One held field of a conflict: the value at the device's base version (empty when history beyond
 * the retention horizon is gone), the device's value ("mine") and the server's ("theirs"). The
 * pseudo-field {@link #DELETED} holds delete-versus-edit conflicts with boolean values.
 */
public record FieldConflict(
    String field,
    Optional<FieldValue> base,
    FieldValue mine,
    FieldValue theirs,
    SyncErrorCode reason) {

  /** Pseudo-field for a delete-versus-edit conflict; its values are booleans ("is deleted"). */
  public static final String DELETED = "_deleted";

  public FieldConflict {
    Objects.requireNonNull(field, "field must not be null");
    if (!field.equals(DELETED)) {
      Checks.name(field, "field");
    }
    Objects.requireNonNull(base, "base must not be null");
    Objects.requireNonNull(mine, "mine must not be null");
    Objects.requireNonNull(theirs, "theirs must not be null");
    if (reason != SyncErrorCode.CONFLICT_HELD && reason != SyncErrorCode.ILLEGAL_TRANSITION) {
      throw new IllegalArgumentException(
          "reason must be CONFLICT_HELD or ILLEGAL_TRANSITION but was " + reason);
    }
  }
}
