package io.fieldline.backend.harness;

import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Run 3's injector: the run's expected pushes are cut into one slot per kill (over the first 80%),
 * kill k lands at a random push count inside slot k, at the next moment a push is in flight, and
 * only after at least one push was answered since the last restart. Kill moments follow the
 * devices' progress, not the clock, so every kill happens during pushes however fast or loaded the
 * machine is.
 */
final class Kills implements Drive.Injector {
  private final RunEnv env;
  private final int kills;
  private final double slot;
  private final Random random;
  private int done;
  private int inFlight;

  Kills(RunEnv env, int kills, long expectedPushes, long seed) {
    this.env = env;
    this.kills = kills;
    this.slot = 0.8 * expectedPushes / kills;
    this.random = new Random(seed);
  }

  @Override
  public void run(AtomicBoolean finished) {
    long sinceRestart = 0;
    while (done < kills && !finished.get()) {
      long at = Math.max((long) (slot * (done + random.nextDouble())), sinceRestart + 1);
      while (env.metrics.pushes() < at && !finished.get()) {
        Sleep.millis(10);
      }
      long wait = System.nanoTime() + 30_000_000_000L;
      while (env.proxy.pushesInFlight() == 0 && !finished.get() && System.nanoTime() < wait) {
        Sleep.millis(1 + random.nextInt(10));
      }
      if (finished.get()) {
        return;
      }
      if (env.proxy.pushesInFlight() > 0) {
        inFlight++;
      }
      env.service.killAndRestart();
      env.metrics.healed();
      sinceRestart = env.metrics.pushes();
      done++;
    }
  }

  /** "n SIGKILLs + restarts (m with pushes in flight)". */
  String describe() {
    return done + " SIGKILLs + restarts (" + inFlight + " with pushes in flight)";
  }
}
