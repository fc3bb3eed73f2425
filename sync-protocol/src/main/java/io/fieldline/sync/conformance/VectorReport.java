package io.fieldline.sync.conformance;

import java.util.List;
import java.util.Optional;

/** The outcome of replaying one vector: failures (empty when it passed) or why it was skipped. */
public record VectorReport(String vector, List<String> failures, Optional<String> skipped) {

  public VectorReport {
    failures = List.copyOf(failures);
  }

  /** Whether it ran and every expectation held. */
  public boolean passed() {
    return skipped.isEmpty() && failures.isEmpty();
  }
}
