package io.fieldline.backend.sync.service;

import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Slides technicians' visit windows (7 days back, 14 ahead) every {@code
 * fieldline.sync.window-interval} (default daily): each technician's scope is recomputed at the
 * given instant ({@code sync_refresh_scope}), so visits that left the window are evicted (with what
 * they carried) and visits that entered it granted, in the same ordered stream as every change. One
 * transaction per tenant; one tenant's failure does not stop the others.
 */
@ApplicationScoped
public class SyncWindowJob {

  private static final Logger LOG = Logger.getLogger(SyncWindowJob.class);

  private final DataSource dataSource;
  private final SyncSettings settings;
  private final TenantSweep sweep;

  public SyncWindowJob(DataSource dataSource, SyncSettings settings, Pool pool) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.sweep = new TenantSweep("sync-window", pool, LOG);
  }

  void start(@Observes StartupEvent event) {
    sweep.schedule(settings.windowInterval(), tenant -> slide(tenant, Instant.now()));
  }

  void stop(@Observes ShutdownEvent event) {
    sweep.close();
  }

  /** Slides every tenant's technician windows to {@code now}; the tenants done. Blocking. */
  public int slideAll(Instant now) {
    return sweep.runAll(tenant -> slide(tenant, now));
  }

  /** Slides one tenant's technician windows to {@code now}. */
  public void slide(UUID tenant, Instant now) throws SQLException {
    TenantTx.jdbc(
        dataSource,
        tenant,
        Connection.TRANSACTION_READ_COMMITTED,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("select set_config('app.sync_now', ?, true)")) {
            p.setString(1, now.toString());
            p.execute();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "select sync_refresh_scope(s.scope_id) from sync_scope s"
                      + " where exists (select 1 from user_role r where r.user_id = s.user_id"
                      + " and r.role = 'TECHNICIAN') order by s.scope_id")) {
            p.execute();
          }
          return null;
        });
  }
}
