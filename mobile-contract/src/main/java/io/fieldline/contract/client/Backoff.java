package io.fieldline.contract.client;

import java.util.Random;

/**
 * Delays between resends after a temporary failure (PROTOCOL.md R12): exponential from {@code
 * base}, capped, with "equal jitter" (half fixed, half random) so phones that lost the network
 * together do not come back in step, and never below the server's hint.
 */
public final class Backoff {

  /** Waits; tests pass one that records instead of sleeping. */
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  public static final Sleeper REAL = Thread::sleep;

  private final long baseMillis;
  private final long capMillis;
  private final Random random;

  public Backoff(long baseMillis, long capMillis, long seed) {
    if (baseMillis < 1 || capMillis < baseMillis) {
      throw new IllegalArgumentException(
          "need 1 <= baseMillis <= capMillis but got " + baseMillis + ", " + capMillis);
    }
    this.baseMillis = baseMillis;
    this.capMillis = capMillis;
    this.random = new Random(seed);
  }

  /** The delay before attempt {@code attempt} (1 = first resend), at least {@code hintMillis}. */
  public synchronized long delayMillis(int attempt, long hintMillis) {
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long exponential = Math.min(capMillis, baseMillis << shift);
    long jittered = exponential / 2 + (long) (random.nextDouble() * (exponential / 2 + 1));
    return Math.max(hintMillis, jittered);
  }
}
