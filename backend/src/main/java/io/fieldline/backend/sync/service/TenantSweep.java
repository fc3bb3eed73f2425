package io.fieldline.backend.sync.service;

import io.fieldline.backend.tenancy.Tenants;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A blocking job over every tenant, run on demand or every interval on its own daemon thread: one
 * tenant's failure is logged and does not stop the others.
 */
final class TenantSweep implements AutoCloseable {

  /** The work for one tenant. */
  interface Work {
    void run(UUID tenant) throws Exception;
  }

  private final String name;
  private final Pool pool;
  private final Logger log;
  private ScheduledExecutorService timer;

  TenantSweep(String name, Pool pool, Logger log) {
    this.name = name;
    this.pool = pool;
    this.log = log;
  }

  /** Runs the work every {@code every} from now on (not at all when it is zero or negative). */
  void schedule(Duration every, Work work) {
    long millis = every.toMillis();
    if (millis <= 0) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(() -> runAll(work), millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Runs the work for every tenant now; the number of tenants it succeeded for. Blocking. */
  int runAll(Work work) {
    int done = 0;
    for (UUID tenant : Tenants.ids(pool).await().indefinitely()) {
      try {
        work.run(tenant);
        done++;
      } catch (Exception e) {
        log.errorf(e, "%s: tenant %s failed", name, tenant);
      }
    }
    return done;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
