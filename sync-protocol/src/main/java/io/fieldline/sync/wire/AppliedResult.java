package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import java.util.Map;
import java.util.Set;

/**
 * Every change of the mutation took effect; {@code version} is the record version after it. {@code
 * assigned} holds values the server gave the record while applying it in the same transaction
 * (server-assigned numbers of records a device created); they also reach the device as an upsert in
 * its next pull. On the wire the member is present only when not empty (additive, R2).
 */
public record AppliedResult(
    long sequence, long version, Set<Notice> notices, Map<String, FieldValue> assigned)
    implements MutationResult {

  public AppliedResult {
    Checks.atLeast(sequence, 1, "sequence");
    Checks.atLeast(version, 1, "version");
    notices = Set.copyOf(notices);
    assigned = Map.copyOf(assigned);
  }

  /** A result without server-assigned values. */
  public AppliedResult(long sequence, long version, Set<Notice> notices) {
    this(sequence, version, notices, Map.of());
  }

  @Override
  public ResultKind kind() {
    return ResultKind.APPLIED;
  }
}
