package io.fieldline.backend.sync.conformance;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.Tenants;
import io.fieldline.backend.support.sync.SyncHttp;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.conformance.Capability;
import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.conformance.PolicyCatalog;
import io.fieldline.sync.conformance.SeedRecord;
import io.fieldline.sync.conformance.ServerState;
import io.fieldline.sync.conformance.ServerUnderTest;
import io.fieldline.sync.conformance.VectorSetup;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.store.DeviceInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The backend as the conformance vectors drive it: pushes and pulls go over HTTP to {@code
 * /sync/push} and {@code /sync/pull} with bearer tokens of real users of a fresh tenant per vector;
 * the admin steps (seed, server writes, grants, evictions, resolutions, time, retention, faults)
 * are direct calls on that tenant's engine, as a back-office service would make them.
 */
final class HttpServerUnderTest implements ServerUnderTest {

  private final DataSource dataSource;
  private final DevTokenVerifier tokens;
  private final ConformanceEngines engines;
  private final Map<String, UUID> users = new HashMap<>();
  private UUID tenant;
  private ConformanceEngines.VectorTenant vector;

  HttpServerUnderTest(DataSource dataSource, DevTokenVerifier tokens, ConformanceEngines engines) {
    this.dataSource = dataSource;
    this.tokens = tokens;
    this.engines = engines;
  }

  @Override
  public void reset(VectorSetup setup) {
    if (tenant != null) {
      engines.release(tenant);
    }
    users.clear();
    tenant = Tenants.create(dataSource, "vector");
    EngineConfig config = EngineConfig.defaults();
    Map<String, Long> c = setup.config();
    if (c.containsKey("maxMutationsPerPush")) {
      config = config.withMaxMutationsPerPush(Math.toIntExact(c.get("maxMutationsPerPush")));
    }
    if (c.containsKey("maxRequestBytes")) {
      config = config.withMaxRequestBytes(c.get("maxRequestBytes"));
    }
    if (c.containsKey("maxPageSize")) {
      config = config.withMaxPageSize(Math.toIntExact(c.get("maxPageSize")));
    }
    vector =
        engines.enrol(
            tenant,
            new ManualClock(setup.time()),
            PolicyCatalog.named(setup.policies()).orElseThrow(),
            config);
    for (DeviceInfo d : setup.devices()) {
      engine()
          .server()
          .registerDevice(new DeviceInfo(d.deviceId(), user(d.ownerId()).toString(), d.scopeId()));
    }
    for (SeedRecord r : setup.records()) {
      engine().server().create(r.key(), r.fields(), r.scopes());
    }
  }

  @Override
  public Reply push(String caller, String body) {
    SyncHttp.Reply reply = SyncHttp.push(tokens.issue(tenant, user(caller)), body);
    return new Reply(reply.status(), reply.body());
  }

  @Override
  public Reply pull(String caller, String body) {
    SyncHttp.Reply reply = SyncHttp.pull(tokens.issue(tenant, user(caller)), body);
    return new Reply(reply.status(), reply.body());
  }

  @Override
  public void serverCreate(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes) {
    engine().server().create(key, fields, scopes);
  }

  @Override
  public void serverUpdate(RecordKey key, Map<String, FieldValue> fields) {
    engine().server().update(key, fields);
  }

  @Override
  public void serverDelete(RecordKey key) {
    engine().server().delete(key);
  }

  @Override
  public void grant(String scope, RecordKey record, List<RecordKey> related) {
    engine().server().grant(scope, record, related);
  }

  @Override
  public void evict(String scope, List<RecordKey> records) {
    engine().server().evict(scope, records);
  }

  @Override
  public void resolveConflict(UUID conflictId, Map<String, FieldValue> chosen, String resolvedBy) {
    engine().conflicts().resolve(conflictId, chosen, resolvedBy);
  }

  @Override
  public void advanceTime(Duration by) {
    vector.clock().advance(by);
  }

  @Override
  public void compact() {
    engine().compact();
  }

  @Override
  public ServerState state() {
    return new ServerState(
        vector.inner().allRecords(), vector.inner().allConflicts(), vector.inner().lastSequences());
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.TRANSIENT_FAULTS);
  }

  @Override
  public void failTransiently(String deviceId, long sequence) {
    vector.store().failClaim(deviceId, sequence);
  }

  void close() {
    if (tenant != null) {
      engines.release(tenant);
    }
  }

  private SyncEngine engine() {
    return engines.engine(tenant);
  }

  /** The user standing for a vector's principal name, created on first use. */
  private UUID user(String name) {
    return users.computeIfAbsent(
        name,
        n -> {
          UUID id = UUID.randomUUID();
          try {
            TenantTx.jdbc(
                dataSource,
                tenant,
                Connection.TRANSACTION_READ_COMMITTED,
                c -> {
                  try (PreparedStatement p =
                      c.prepareStatement(
                          "insert into app_user (id, tenant_id, email, display_name)"
                              + " values (?, ?, ?, ?)")) {
                    p.setObject(1, id);
                    p.setObject(2, tenant);
                    p.setString(3, n + "@" + tenant + ".example");
                    p.setString(4, n);
                    p.execute();
                  }
                  return null;
                });
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          return id;
        });
  }
}
