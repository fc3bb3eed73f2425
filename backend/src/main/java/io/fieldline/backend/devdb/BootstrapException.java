package io.fieldline.backend.devdb;

/** The bootstrap cannot provide a database; the message says what is missing and how to fix it. */
public final class BootstrapException extends RuntimeException {
  public BootstrapException(String message) {
    super(message);
  }

  public BootstrapException(String message, Throwable cause) {
    super(message, cause);
  }
}
