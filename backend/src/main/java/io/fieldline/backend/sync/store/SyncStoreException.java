package io.fieldline.backend.sync.store;

/** An unexpected failure of the PostgreSQL sync store (a bug or a broken schema, not a race). */
public class SyncStoreException extends RuntimeException {

  /** Creates the exception. */
  public SyncStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
