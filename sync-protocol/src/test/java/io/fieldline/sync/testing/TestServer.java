package io.fieldline.sync.testing;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.engine.Caller;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.engine.SecurityEvent;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.InMemorySyncStore;
import io.fieldline.sync.store.StoredMutation;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A reference server for tests with a valid baseline: Fieldline's policies, default limits, the
 * clock at {@link #T0}, and three registered devices: {@code dev-a} (tech-a) and {@code dev-b}
 * (tech-b) sharing scope {@code team-1}, and {@code dev-c} (tech-c) in scope {@code team-2}.
 */
public final class TestServer {

  /** The baseline server time. */
  public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  public static final String TEAM_1 = "team-1";
  public static final String TEAM_2 = "team-2";

  public final ManualClock clock = new ManualClock(T0);
  public final InMemorySyncStore store = new InMemorySyncStore(clock);
  public final List<SecurityEvent> securityEvents = new ArrayList<>();
  public final SyncEngine engine;
  private final Map<String, String> owners = new HashMap<>();

  private TestServer(
      PolicyRegistry policies, EngineConfig config, UnaryOperator<SyncStore> decorate) {
    engine =
        SyncEngine.builder(decorate.apply(store), policies)
            .config(config)
            .clock(clock)
            .securityEvents(securityEvents::add)
            .build();
    device("dev-a", "tech-a", TEAM_1);
    device("dev-b", "tech-b", TEAM_1);
    device("dev-c", "tech-c", TEAM_2);
  }

  /** The baseline. */
  public static TestServer create() {
    return new TestServer(FieldlinePolicies.registry(), EngineConfig.defaults(), s -> s);
  }

  /** The baseline with other limits. */
  public static TestServer create(EngineConfig config) {
    return new TestServer(FieldlinePolicies.registry(), config, s -> s);
  }

  /** The baseline with other policies and the store wrapped (fault injection). */
  public static TestServer create(
      PolicyRegistry policies, EngineConfig config, UnaryOperator<SyncStore> decorate) {
    return new TestServer(policies, config, decorate);
  }

  /** Registers a device. */
  public TestServer device(String deviceId, String owner, String scope) {
    engine.server().registerDevice(new DeviceInfo(deviceId, owner, scope));
    owners.put(deviceId, owner);
    return this;
  }

  /** Seeds a scheduled visit named {@code name} in scope team-1; it has version 1. */
  public RecordKey seedVisit(String name) {
    return seed(TestIds.key("visit", name), baselineVisit(), TEAM_1);
  }

  /** The fields of the baseline visit. */
  public static Map<String, FieldValue> baselineVisit() {
    return Fields.of(
        "account_id", "acct-1",
        "assigned_technician_id", "tech-a",
        "scheduled_start", "2026-03-02T09:00:00Z",
        "status", "SCHEDULED",
        "notes", "");
  }

  /** Seeds a record (server write at version 1) in the given scopes. */
  public RecordKey seed(RecordKey key, Map<String, FieldValue> fields, String... scopes) {
    engine.server().create(key, fields, Set.of(scopes));
    return key;
  }

  /** Pushes mutations from a device as its owner; the answer must be a processed batch. */
  public PushResult push(String deviceId, Mutation... mutations) {
    PushResponse response = pushAs(owners.get(deviceId), deviceId, mutations);
    if (!(response instanceof PushResult)) {
      throw new AssertionError("expected a push result but got " + response);
    }
    return (PushResult) response;
  }

  /** Pushes mutations from a device as {@code caller}. */
  public PushResponse pushAs(String caller, String deviceId, Mutation... mutations) {
    return engine.push(
        new Caller(caller), PushRequest.of(ProtocolVersion.CURRENT, deviceId, List.of(mutations)));
  }

  /** Pulls one page for a device as its owner; the answer must be a page. */
  public PullPage pull(String deviceId, Cursor cursor, int pageSize) {
    PullResponse response = pullRaw(deviceId, cursor, pageSize);
    if (!(response instanceof PullPage)) {
      throw new AssertionError("expected a pull page but got " + response);
    }
    return (PullPage) response;
  }

  /** Pulls one page for a device as its owner. */
  public PullResponse pullRaw(String deviceId, Cursor cursor, int pageSize) {
    return engine.pull(
        new Caller(owners.get(deviceId)),
        new PullRequest(ProtocolVersion.CURRENT, deviceId, cursor, pageSize));
  }

  /** Pulls pages from {@code from} until a checkpoint; returns every page. */
  public List<PullPage> pullAll(String deviceId, Cursor from, int pageSize) {
    List<PullPage> pages = new ArrayList<>();
    Cursor cursor = from;
    do {
      PullPage page = pull(deviceId, cursor, pageSize);
      pages.add(page);
      cursor = page.nextCursor();
    } while (pages.get(pages.size() - 1).hasMore());
    return pages;
  }

  /** The changes of all pages. */
  public static List<Change> changes(List<PullPage> pages) {
    List<Change> changes = new ArrayList<>();
    pages.forEach(p -> changes.addAll(p.changes()));
    return changes;
  }

  /** The current record. */
  public StoredRecord record(RecordKey key) {
    return store.inTransaction(tx -> tx.record(key)).orElseThrow();
  }

  /** The stored result of a device's sequence. */
  public StoredMutation stored(String deviceId, long sequence) {
    return store.inTransaction(tx -> tx.storedMutation(deviceId, sequence)).orElseThrow();
  }

  /** The device's last processed sequence. */
  public long lastSequence(String deviceId) {
    return store.inTransaction(tx -> tx.lastSequence(deviceId));
  }
}
