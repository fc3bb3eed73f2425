package io.fieldline.sync.conformance;

import io.fieldline.sync.engine.Caller;
import io.fieldline.sync.engine.EndpointResponse;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.engine.SecurityEvent;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.InMemorySyncStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The reference engine over the in-memory store, driven through its JSON endpoint. */
public final class ReferenceServer implements ServerUnderTest {

  private final ManualClock clock = new ManualClock(Instant.EPOCH);
  private final List<SecurityEvent> securityEvents = new ArrayList<>();
  private InMemorySyncStore store;
  private FaultInjectingStore faults;
  private SyncEngine engine;
  private JsonEndpoint endpoint;

  @Override
  public void reset(VectorSetup setup) {
    PolicyRegistry policies =
        PolicyCatalog.named(setup.policies())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown policies '" + setup.policies() + "'"));
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
    clock.set(setup.time());
    securityEvents.clear();
    store = new InMemorySyncStore(clock);
    faults = new FaultInjectingStore(store);
    engine =
        SyncEngine.builder(faults, policies)
            .config(config)
            .clock(clock)
            .securityEvents(securityEvents::add)
            .build();
    endpoint = new JsonEndpoint(engine);
    setup.devices().forEach(engine.server()::registerDevice);
    for (SeedRecord record : setup.records()) {
      engine.server().create(record.key(), record.fields(), record.scopes());
    }
  }

  @Override
  public Reply push(String caller, String body) {
    return reply(endpoint.push(new Caller(caller), body.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public Reply pull(String caller, String body) {
    return reply(endpoint.pull(new Caller(caller), body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Reply reply(EndpointResponse response) {
    return new Reply(response.status(), response.bodyText());
  }

  @Override
  public void serverCreate(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes) {
    engine.server().create(key, fields, scopes);
  }

  @Override
  public void serverUpdate(RecordKey key, Map<String, FieldValue> fields) {
    engine.server().update(key, fields);
  }

  @Override
  public void serverDelete(RecordKey key) {
    engine.server().delete(key);
  }

  @Override
  public void grant(String scope, RecordKey record, List<RecordKey> related) {
    engine.server().grant(scope, record, related);
  }

  @Override
  public void evict(String scope, List<RecordKey> records) {
    engine.server().evict(scope, records);
  }

  @Override
  public void resolveConflict(UUID conflictId, Map<String, FieldValue> chosen, String resolvedBy) {
    engine.conflicts().resolve(conflictId, chosen, resolvedBy);
  }

  @Override
  public void advanceTime(Duration by) {
    clock.advance(by);
  }

  @Override
  public void compact() {
    engine.compact();
  }

  @Override
  public ServerState state() {
    return new ServerState(
        store.allRecords().stream().map(StoredRecord::state).collect(Collectors.toList()),
        store.allConflicts(),
        store.lastSequences());
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.TRANSIENT_FAULTS);
  }

  @Override
  public void failTransiently(String deviceId, long sequence) {
    faults.failClaim(deviceId, sequence);
  }

  /** The engine of the current vector, for tests that look further inside. */
  public SyncEngine engine() {
    return engine;
  }

  /** Security events recorded since the last reset. */
  public List<SecurityEvent> securityEvents() {
    return List.copyOf(securityEvents);
  }
}
