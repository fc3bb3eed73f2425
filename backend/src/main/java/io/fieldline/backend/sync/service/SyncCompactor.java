package io.fieldline.backend.sync.service;

import io.fieldline.backend.tenancy.SystemScope;
import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Applies the retention horizon (R13, R39) to every tenant every {@code
 * fieldline.sync.compaction-interval}: change-log rows, superseded record versions and stored
 * results older than {@code fieldline.sync.retention} are removed, and cursors older than that get
 * RESYNC_REQUIRED. Runs on its own daemon thread; one tenant's failure does not stop the others.
 */
@ApplicationScoped
public class SyncCompactor {

  private static final Logger LOG = Logger.getLogger(SyncCompactor.class);

  private final SyncEngines engines;
  private final SyncSettings settings;
  private final Pool pool;
  private ScheduledExecutorService timer;

  public SyncCompactor(SyncEngines engines, SyncSettings settings, Pool pool) {
    this.engines = engines;
    this.settings = settings;
    this.pool = pool;
  }

  void start(@Observes StartupEvent event) {
    long every = settings.compactionInterval().toMillis();
    if (every <= 0) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sync-compactor");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::compactAll, every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /** Compacts every tenant now; the number of tenants compacted. Blocking. */
  public int compactAll() {
    int done = 0;
    for (UUID tenant : tenants()) {
      try {
        engines.engine(tenant).compact();
        done++;
      } catch (RuntimeException e) {
        LOG.errorf(e, "sync: compacting tenant %s failed", tenant);
      }
    }
    return done;
  }

  private List<UUID> tenants() {
    return TenantTx.system(
            pool,
            SystemScope.TENANT_DIRECTORY,
            c ->
                c.query("select id from tenant order by id")
                    .execute()
                    .map(
                        rows -> {
                          List<UUID> ids = new ArrayList<>();
                          for (Row row : rows) {
                            ids.add(row.getUUID(0));
                          }
                          return ids;
                        }))
        .await()
        .indefinitely();
  }
}
