package io.fieldline.backend.notify.push;

import com.google.firebase.messaging.Message;
import java.util.Objects;

/**
 * One message for one device token, and which attempt this is (1 for the first), so the client can
 * size the back-off and give up after the configured number of attempts.
 */
public record Push(Message message, int attempt) {
  public Push {
    Objects.requireNonNull(message, "message");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }
  }
}
