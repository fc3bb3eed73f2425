package io.fieldline.backend.notify.dispatch;

/** Where a delivery stands; SENT, FAILED and DROPPED are final. */
public enum DeliveryState {
  /** Planned, not tried yet (or waiting for quiet hours to end). */
  PENDING,
  /** FCM accepted it. */
  SENT,
  /** A temporary failure; tried again at {@code next_attempt_at}. */
  RETRY,
  /** A permanent failure (malformed message, attempts used up); {@code last_error} says why. */
  FAILED,
  /** Not sent on purpose: the token is dead or gone, or already received this event. */
  DROPPED
}
