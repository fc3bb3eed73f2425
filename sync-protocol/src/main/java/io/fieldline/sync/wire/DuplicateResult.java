package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import java.util.Objects;

/** A replay of an already processed mutation; {@code original} is its stored result (R7). */
public record DuplicateResult(long sequence, MutationResult original) implements MutationResult {

  public DuplicateResult {
    Checks.atLeast(sequence, 1, "sequence");
    Objects.requireNonNull(original, "original must not be null");
    if (original instanceof DuplicateResult) {
      throw new IllegalArgumentException("original must not itself be a duplicate");
    }
    if (original.sequence() != sequence) {
      throw new IllegalArgumentException(
          "original.sequence " + original.sequence() + " must equal sequence " + sequence);
    }
  }

  @Override
  public ResultKind kind() {
    return ResultKind.DUPLICATE;
  }
}
