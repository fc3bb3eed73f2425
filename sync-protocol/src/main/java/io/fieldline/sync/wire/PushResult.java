package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The results of the processed prefix of a batch, one per mutation in order, and how the batch
 * ended (R10). Mutations after a stop are not processed and get no result.
 */
public record PushResult(int protocolVersion, List<MutationResult> results, BatchEnd end)
    implements PushResponse {

  public PushResult {
    Checks.atLeast(protocolVersion, 1, "protocolVersion");
    results = List.copyOf(results);
    Objects.requireNonNull(end, "end must not be null");
  }
}
