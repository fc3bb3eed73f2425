package io.fieldline.backend.sync.conformance;

import io.fieldline.backend.sync.service.SyncEngines;
import io.fieldline.backend.sync.service.SyncSettings;
import io.fieldline.backend.sync.store.DomainSink;
import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.sync.conformance.FaultInjectingStore;
import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.wire.PushRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Test-only: the engines of the backend, except for tenants a conformance vector created. Those run
 * the vectors' policy registry on the same PostgreSQL store (sync tables only: the vectors' records
 * have no domain tables, and the backend's screen of device operations does not apply), with the
 * vector's clock, limits and injectable temporary failures. Every other tenant gets the production
 * engine unchanged.
 */
@Alternative
@Priority(1)
@Singleton
public class ConformanceEngines extends SyncEngines {

  /** A vector's tenant: its clock, its store (with fault injection), policies and limits. */
  public record VectorTenant(
      ManualClock clock,
      FaultInjectingStore store,
      PgSyncStore inner,
      PolicyRegistry policies,
      EngineConfig config) {}

  private final Map<UUID, VectorTenant> tenants = new ConcurrentHashMap<>();
  private final DataSource dataSource;

  public ConformanceEngines(DataSource dataSource, SyncSettings settings) {
    super(dataSource, settings);
    this.dataSource = dataSource;
  }

  /** Makes {@code tenant} a vector's tenant. */
  public VectorTenant enrol(
      UUID tenant, ManualClock clock, PolicyRegistry policies, EngineConfig config) {
    PgSyncStore store = new PgSyncStore(dataSource, tenant, clock, DomainSink.NONE);
    VectorTenant v =
        new VectorTenant(clock, new FaultInjectingStore(store), store, policies, config);
    tenants.put(tenant, v);
    return v;
  }

  /** Forgets a vector's tenant. */
  public void release(UUID tenant) {
    tenants.remove(tenant);
  }

  @Override
  public PushRequest screen(UUID tenant, PushRequest request) {
    return tenants.containsKey(tenant) ? request : super.screen(tenant, request);
  }

  @Override
  public SyncEngine engine(UUID tenant) {
    Optional<VectorTenant> v = Optional.ofNullable(tenants.get(tenant));
    if (v.isEmpty()) {
      return super.engine(tenant);
    }
    return SyncEngine.builder(v.get().store(), v.get().policies())
        .config(v.get().config())
        .clock(v.get().clock())
        .securityEvents(securityEvents(tenant))
        .build();
  }
}
