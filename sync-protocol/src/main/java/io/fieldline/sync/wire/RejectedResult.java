package io.fieldline.sync.wire;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.Checks;
import java.util.Objects;
import java.util.Set;

/**
 * Nothing of the mutation was applied, for the permanent reason {@code code} (PROTOCOL.md R11). The
 * sequence advanced; the client archives the mutation and shows the user.
 */
public record RejectedResult(long sequence, SyncErrorCode code, String message, Set<Notice> notices)
    implements MutationResult {

  public RejectedResult {
    Checks.atLeast(sequence, 1, "sequence");
    Objects.requireNonNull(code, "code must not be null");
    if (code.level() != SyncErrorCode.Level.MUTATION
        || code == SyncErrorCode.CONFLICT_HELD
        || code == SyncErrorCode.ILLEGAL_TRANSITION) {
      throw new IllegalArgumentException("code must be a mutation rejection code but was " + code);
    }
    Checks.text(message, "message", 2000);
    notices = Set.copyOf(notices);
  }

  @Override
  public ResultKind kind() {
    return ResultKind.REJECTED;
  }
}
