package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import java.util.Map;
import java.util.Set;

/**
 * The mutation was applied except for server-wins fields that changed concurrently: {@code
 * overridden} maps each such field to the value the server kept (PROTOCOL.md R20).
 */
public record MergedResult(
    long sequence, long version, Map<String, FieldValue> overridden, Set<Notice> notices)
    implements MutationResult {

  public MergedResult {
    Checks.atLeast(sequence, 1, "sequence");
    Checks.atLeast(version, 1, "version");
    overridden = Map.copyOf(overridden);
    if (overridden.isEmpty()) {
      throw new IllegalArgumentException("overridden must not be empty; use AppliedResult");
    }
    notices = Set.copyOf(notices);
  }

  @Override
  public ResultKind kind() {
    return ResultKind.MERGED;
  }
}
