package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import java.util.Set;

/** Every change of the mutation took effect; {@code version} is the record version after it. */
public record AppliedResult(long sequence, long version, Set<Notice> notices)
    implements MutationResult {

  public AppliedResult {
    Checks.atLeast(sequence, 1, "sequence");
    Checks.atLeast(version, 1, "version");
    notices = Set.copyOf(notices);
  }

  @Override
  public ResultKind kind() {
    return ResultKind.APPLIED;
  }
}
