package io.fieldline.backend.harness;

/** Sleeping without checked exceptions (the interrupt flag is kept). */
final class Sleep {
  private Sleep() {}

  static void millis(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
