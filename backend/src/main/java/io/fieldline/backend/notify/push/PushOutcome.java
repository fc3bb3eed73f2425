package io.fieldline.backend.notify.push;

import java.time.Duration;
import java.util.Objects;

/** What became of one {@link Push}; exactly one outcome per message, in the order sent. */
public sealed interface PushOutcome {

  /** FCM accepted the message. */
  record Sent(String messageId) implements PushOutcome {}

  /**
   * The token is dead (UNREGISTERED) or belongs to another Firebase project (SENDER_ID_MISMATCH):
   * delete it from the device; nothing more will reach it.
   */
  record TokenInvalid(String error) implements PushOutcome {
    public TokenInvalid {
      Objects.requireNonNull(error, "error");
    }
  }

  /** A temporary failure (quota, 5xx, timeout): try again after {@code delay}. */
  record RetryLater(Duration delay, String error) implements PushOutcome {
    public RetryLater {
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(error, "error");
    }
  }

  /** A permanent failure (malformed message, attempts used up): record it, never resend. */
  record Rejected(String error) implements PushOutcome {
    public Rejected {
      Objects.requireNonNull(error, "error");
    }
  }
}
