package io.fieldline.backend.sync.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
  private final TenantSweep sweep;

  public SyncCompactor(SyncEngines engines, SyncSettings settings, Pool pool) {
    this.engines = engines;
    this.settings = settings;
    this.sweep = new TenantSweep("sync-compactor", pool, LOG);
  }

  void start(@Observes StartupEvent event) {
    sweep.schedule(settings.compactionInterval(), tenant -> engines.engine(tenant).compact());
  }

  void stop(@Observes ShutdownEvent event) {
    sweep.close();
  }

  /** Compacts every tenant now; the number of tenants compacted. Blocking. */
  public int compactAll() {
    return sweep.runAll(tenant -> engines.engine(tenant).compact());
  }
}
