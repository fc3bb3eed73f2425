package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Some fields were held as conflict {@code conflictId} for a person (PROTOCOL.md R24-R26); the
 * other fields of the mutation were applied, giving record {@code version}. {@code overridden} is
 * as in {@link MergedResult}.
 */
public record ConflictHeldResult(
    long sequence,
    long version,
    UUID conflictId,
    List<HeldField> held,
    Map<String, FieldValue> overridden,
    Set<Notice> notices)
    implements MutationResult {

  public ConflictHeldResult {
    Checks.atLeast(sequence, 1, "sequence");
    Checks.atLeast(version, 1, "version");
    Objects.requireNonNull(conflictId, "conflictId must not be null");
    held = List.copyOf(held);
    if (held.isEmpty()) {
      throw new IllegalArgumentException("held must not be empty for conflict " + conflictId);
    }
    overridden = Map.copyOf(overridden);
    notices = Set.copyOf(notices);
  }

  @Override
  public ResultKind kind() {
    return ResultKind.CONFLICT_HELD;
  }
}
