package io.fieldline.backend.sync.service;

import io.fieldline.backend.sync.entity.SyncedEntities;
import io.fieldline.backend.sync.entity.TableWriter;
import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.sync.engine.AccessPolicy;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.engine.SecurityEventSink;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.wire.PushRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Builds the sync engine of a tenant: the PostgreSQL store of that tenant (writing devices' changes
 * through to the domain tables), the backend's entity policies, membership-based access (R16) and
 * the configured limits. Engines are cheap; one is built per request.
 */
@Singleton
public class SyncEngines {

  private static final Logger SECURITY = Logger.getLogger("io.fieldline.sync.security");

  private final DataSource dataSource;
  private final SyncSettings settings;
  private final TableWriter tables = new TableWriter();

  public SyncEngines(DataSource dataSource, SyncSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  /** The engine serving {@code tenant}'s devices. */
  public SyncEngine engine(UUID tenant) {
    return SyncEngine.builder(store(tenant), SyncedEntities.policies())
        .config(config())
        .access(AccessPolicy.MEMBERSHIP)
        .securityEvents(securityEvents(tenant))
        .build();
  }

  /**
   * The push as the tenant's engine should see it: mutations doing what devices may not do to an
   * entity type become malformed entries ({@link OperationScreen}).
   */
  public PushRequest screen(UUID tenant, PushRequest request) {
    return OperationScreen.screen(request);
  }

  /** The production store of {@code tenant} (writing devices' changes to the domain tables). */
  public PgSyncStore store(UUID tenant) {
    return new PgSyncStore(dataSource, tenant, Clock.systemUTC(), tables);
  }

  /** The limits in force. */
  public EngineConfig config() {
    return new EngineConfig(
        settings.maxMutationsPerPush(),
        settings.maxRequestBytes(),
        settings.maxPageSize(),
        settings.retention(),
        Duration.ofMinutes(10),
        settings.retryAfterMillis(),
        2,
        settings.mutationsPerTransaction());
  }

  /** Refused device uses, logged as security events with the tenant. */
  protected static SecurityEventSink securityEvents(UUID tenant) {
    return event ->
        SECURITY.warnf(
            "security: refused device %s for user %s of tenant %s: %s",
            event.deviceId(), event.principalId(), tenant, event.reason());
  }
}
