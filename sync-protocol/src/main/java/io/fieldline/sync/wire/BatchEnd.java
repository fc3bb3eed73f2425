package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;

/** How the server stopped processing a push batch. */
public sealed interface BatchEnd {

  /** Every mutation of the batch was processed. */
  record Complete() implements BatchEnd {}

  /**
   * Mutation {@code receivedSequence} did not follow the last processed one; it and the rest of the
   * batch were not processed. The client resends from {@code expectedSequence} (R9).
   */
  record OutOfOrder(long receivedSequence, long expectedSequence) implements BatchEnd {
    public OutOfOrder {
      Checks.atLeast(expectedSequence, 1, "expectedSequence");
      if (receivedSequence <= expectedSequence) {
        throw new IllegalArgumentException(
            "receivedSequence "
                + receivedSequence
                + " must be greater than expectedSequence "
                + expectedSequence);
      }
    }
  }

  /**
   * A temporary failure at {@code sequence}: nothing of it was applied and the batch stopped. The
   * client resends from {@code sequence} after {@code retryAfterMillis} (R12).
   */
  record RetryLater(long sequence, long retryAfterMillis, String message) implements BatchEnd {
    public RetryLater {
      Checks.atLeast(sequence, 1, "sequence");
      Checks.atLeast(retryAfterMillis, 0, "retryAfterMillis");
      Checks.text(message, "message", 2000);
    }
  }
}
