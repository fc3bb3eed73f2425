package io.fieldline.backend.devdb;

/** Progress lines of the database bootstrap, on standard error so nothing hangs silently. */
final class Log {
  private Log() {}

  static void info(String message) {
    System.err.println("[fieldline-db] " + message);
  }
}
