package io.fieldline.backend.harness;

import java.util.Random;

/**
 * What the fault proxy does to each request, drawn from a seeded random source: delay it, lose it
 * before it reaches the service, drop the response after the service answered (it committed), or
 * send it twice at once.
 *
 * @param lossRate share of requests lost before the service sees them
 * @param dropAfterRate share of responses dropped after the service answered
 * @param duplicateRate share of requests sent twice concurrently
 * @param maxDelayMillis largest added delay (uniform from 0)
 * @param delayRate share of requests delayed
 */
public record FaultPlan(
    double lossRate,
    double dropAfterRate,
    double duplicateRate,
    double delayRate,
    long maxDelayMillis) {

  public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, 0);

  /** One request's fate. */
  public record Fault(boolean lose, boolean dropAfter, boolean duplicate, long delayMillis) {}

  Fault draw(Random random) {
    synchronized (random) {
      boolean lose = random.nextDouble() < lossRate;
      boolean drop = random.nextDouble() < dropAfterRate;
      boolean dup = random.nextDouble() < duplicateRate;
      long delay =
          random.nextDouble() < delayRate && maxDelayMillis > 0
              ? (long) (random.nextDouble() * maxDelayMillis)
              : 0;
      return new Fault(lose, drop, dup, delay);
    }
  }
}
