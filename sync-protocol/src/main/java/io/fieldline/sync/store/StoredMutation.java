package io.fieldline.sync.store;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.MutationResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored outcome of a processed mutation (R6, R7, R29): its body hash (to tell a replay from a
 * reused sequence), the device time as metadata (R18), when the server received it, and the result
 * returned to replays. A queryable error archive for failed writes.
 */
public record StoredMutation(
    String deviceId,
    long sequence,
    String bodyHash,
    Optional<Instant> deviceTime,
    Instant receivedAt,
    MutationResult result) {

  public StoredMutation {
    Checks.text(deviceId, "deviceId", 128);
    Checks.atLeast(sequence, 1, "sequence");
    Checks.sha256(bodyHash, "bodyHash");
    Objects.requireNonNull(deviceTime, "deviceTime must not be null");
    Objects.requireNonNull(receivedAt, "receivedAt must not be null");
    Objects.requireNonNull(result, "result must not be null");
    if (result instanceof DuplicateResult) {
      throw new IllegalArgumentException("a stored result is never a duplicate");
    }
    if (result.sequence() != sequence) {
      throw new IllegalArgumentException(
          "result.sequence " + result.sequence() + " must equal sequence " + sequence);
    }
  }
}
