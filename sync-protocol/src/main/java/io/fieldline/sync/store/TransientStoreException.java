package io.fieldline.sync.store;

import java.util.Objects;

/**
 * A temporary store failure: the transaction was rolled back and may succeed if retried (R12).
 * Stores map their driver's errors to it (PostgreSQL: SQLSTATE 40001, 40P01, connection errors).
 */
public final class TransientStoreException extends RuntimeException {

  /** Why the transaction failed; decides whether the engine retries it at once. */
  public enum Kind {
    /**
     * A concurrent transaction won (serialization failure, deadlock, lost compare-and-set). Worth
     * retrying at once, in process.
     */
    CONFLICT,
    /** The store is unavailable or overloaded; the device retries after a back-off. */
    UNAVAILABLE
  }

  private final Kind kind;

  /** Creates the exception. */
  public TransientStoreException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind must not be null");
  }

  /** Why the transaction failed. */
  public Kind kind() {
    return kind;
  }
}
