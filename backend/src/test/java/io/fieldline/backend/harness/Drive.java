package io.fieldline.backend.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs every device's work in parallel while a fault injector runs beside them until the devices
 * are done; then heals (no faults), lets every device push what is left and pull to a checkpoint,
 * and checks the invariants.
 */
public final class Drive {
  private Drive() {}

  /** Work of one device. */
  public interface Work {
    boolean run(Device device) throws Exception;
  }

  /** A fault injector: runs until {@code done} is set, then returns (bounded by itself). */
  public interface Injector {
    void run(AtomicBoolean done) throws Exception;

    Injector NONE = done -> {};
  }

  public static RunResult run(
      RunEnv env, int mutations, Work work, Injector injector, boolean devicesOnlyWriters) {
    long t0 = System.nanoTime();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(env.devices.size(), Integer.getInteger("harness.threads", 32)) + 1,
            Daemon.threads("device"));
    try {
      Future<?> faults =
          pool.submit(
              () -> {
                injector.run(done);
                return null;
              });
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Device d : env.devices) {
        futures.add(pool.submit(() -> work.run(d)));
      }
      int unfinished = 0;
      for (Future<Boolean> f : futures) {
        try {
          if (!f.get()) {
            unfinished++;
          }
        } catch (Exception e) {
          unfinished++;
          System.err.println("device failed: " + e);
        }
      }
      done.set(true);
      faults.get();
      env.proxy.plan(FaultPlan.NONE);
      for (Device d : env.devices) {
        d.client().pushAll(DeviceWork.PATIENCE);
      }
      for (Device d : env.devices) {
        d.client().pullAll(DeviceWork.PATIENCE);
      }
      Verdict verdict = env.check(devicesOnlyWriters);
      if (unfinished > 0) {
        // a device that gave up never queued the rest of its work: the run fails as stuck
        Report.line(env.name, unfinished + " devices ran out of patience during the run");
        verdict =
            new Verdict(
                verdict.applied(),
                verdict.processed(),
                verdict.duplicated(),
                verdict.lost(),
                verdict.diverged(),
                verdict.stuck() + unfinished,
                verdict.orphanConflicts(),
                verdict.crossTenant(),
                verdict.problems());
      }
      return new RunResult(
          env.name,
          env.devices.size(),
          mutations,
          env.proxy.faults()
              + "; refusals seen by devices="
              + env.metrics.refusals()
              + " failed attempts="
              + env.metrics.failedAttempts(),
          verdict,
          env.metrics.pushLatency(),
          env.metrics.recovery(),
          (System.nanoTime() - t0) / 1e9);
    } catch (Exception e) {
      throw new IllegalStateException(env.name + ": " + e, e);
    } finally {
      pool.shutdownNow();
    }
  }
}
