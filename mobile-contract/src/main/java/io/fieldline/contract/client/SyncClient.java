package io.fieldline.contract.client;

import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The reference offline client: local writes go to the outbox (device-chosen ids, base versions,
 * per-device sequence), {@link #sync()} pushes then pulls to a checkpoint through a {@link
 * SyncTransport}, and the user sees the server copy with pending edits on top. Settled failures
 * land in {@link #rejected()} and {@link #conflicts()}. Single-threaded by design (one sync at a
 * time, like a phone's sync worker).
 */
public final class SyncClient {
  static final String DEVICE_ID = "device_id";

  private final LocalStore store;
  private final String deviceId;
  private final SyncTransport transport;
  private final Overlay overlay;
  private final Backoff backoff;
  private final Backoff.Sleeper sleeper;
  private final Clock clock;
  private final int maxAttempts;
  private final Counters counters = new Counters();
  private final Pusher pusher;
  private final Puller puller;
  private final RecordTable live = new RecordTable(RecordTable.LIVE);

  private SyncClient(Builder b) {
    this.store = b.store;
    this.deviceId = b.deviceId;
    this.transport = b.transport;
    this.overlay = new Overlay(b.policies);
    this.backoff = b.backoff;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.maxAttempts = b.maxAttempts;
    this.pusher = new Pusher(this, b.maxBatch);
    this.puller = new Puller(this, b.pageSize);
    store.inTx(
        c -> {
          Optional<String> held = LocalStore.meta(c, DEVICE_ID);
          if (held.isPresent() && !held.get().equals(deviceId)) {
            throw new IllegalStateException(
                "the local store belongs to device " + held.get() + ", not " + deviceId);
          }
          LocalStore.meta(c, DEVICE_ID, deviceId);
          return null;
        });
  }

  public static Builder builder(LocalStore store, String deviceId, SyncTransport transport) {
    return new Builder(store, deviceId, transport);
  }

  public String deviceId() {
    return deviceId;
  }

  // ---- local writes (each one local transaction) ----

  /** Records a create of a new record with a device-chosen id; its key. */
  public RecordKey create(String entityType, Map<String, FieldValue> fields) {
    return create(entityType, UUID.randomUUID(), fields);
  }

  public RecordKey create(String entityType, UUID id, Map<String, FieldValue> fields) {
    append(new Mutation(1, entityType, id, Operation.CREATE, 0, fields, clock.instant()));
    return new RecordKey(entityType, id);
  }

  /** Records an update of the changed fields, based on the version of the server copy. */
  public Mutation update(RecordKey key, Map<String, FieldValue> fields) {
    return append(
        new Mutation(
            1, key.entityType(), key.id(), Operation.UPDATE, base(key), fields, clock.instant()));
  }

  public Mutation delete(RecordKey key) {
    return append(
        new Mutation(
            1, key.entityType(), key.id(), Operation.DELETE, base(key), Map.of(), clock.instant()));
  }

  /** A created record not pulled yet is edited at version 1 (what its create will make). */
  private long base(RecordKey key) {
    return serverCopy(key).map(RecordState::version).orElse(1L);
  }

  private Mutation append(Mutation draft) {
    return store.inTx(c -> OutboxTable.append(c, draft));
  }

  // ---- what the user sees ----

  /** The record as the user sees it (R41), empty when absent or deleted locally. */
  public Optional<Map<String, FieldValue>> view(RecordKey key) {
    return store.inTx(
        c ->
            overlay.view(
                live.get(c, key),
                OutboxTable.pending(c, Integer.MAX_VALUE).stream()
                    .filter(m -> m.key().equals(key))
                    .toList()));
  }

  /** Every visible record of a type, with its fields as the user sees them. */
  public Map<RecordKey, Map<String, FieldValue>> visible(String entityType) {
    Map<RecordKey, Map<String, FieldValue>> out = new TreeMap<>();
    List<RecordKey> keys =
        store.inTx(
            c -> {
              List<RecordKey> k =
                  new java.util.ArrayList<>(
                      live.ofType(c, entityType).stream().map(RecordState::key).toList());
              OutboxTable.pending(c, Integer.MAX_VALUE).stream()
                  .filter(m -> m.entityType().equals(entityType))
                  .forEach(m -> k.add(m.key()));
              return k;
            });
    for (RecordKey key : keys) {
      view(key).ifPresent(fields -> out.put(key, fields));
    }
    return out;
  }

  /** The server copy of one record (no pending edits). */
  public Optional<RecordState> serverCopy(RecordKey key) {
    return store.inTx(c -> live.get(c, key));
  }

  /** The whole server copy, by key. */
  public Map<RecordKey, RecordState> serverCopy() {
    Map<RecordKey, RecordState> out = new TreeMap<>();
    store.inTx(c -> live.all(c)).forEach(r -> out.put(r.key(), r));
    return out;
  }

  public List<Mutation> outbox() {
    return store.inTx(c -> OutboxTable.pending(c, Integer.MAX_VALUE));
  }

  public List<RejectedMutation> rejected() {
    return store.inTx(Inbox::rejected);
  }

  /** The user has seen a rejection and let it go. */
  public void dismissRejected(long sequence) {
    store.inTx(
        c ->
            LocalStore.update(c, "update rejected set dismissed = 1 where sequence = ?", sequence));
  }

  /** Sends a rejected write again as a new mutation with corrected fields (a new sequence). */
  public Mutation resendRejected(long sequence, Map<String, FieldValue> corrected) {
    RejectedMutation r =
        rejected().stream()
            .filter(x -> x.mutation().sequence() == sequence)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no rejected mutation " + sequence));
    dismissRejected(sequence);
    Mutation old = r.mutation();
    if (old.operation() == Operation.CREATE) {
      create(old.entityType(), old.recordId(), corrected);
      return outbox().get(outbox().size() - 1);
    }
    return update(old.key(), corrected);
  }

  public List<HeldConflict> conflicts() {
    return store.inTx(Inbox::conflicts);
  }

  public void acknowledgeConflict(UUID conflictId) {
    store.inTx(
        c ->
            LocalStore.update(
                c,
                "update conflict set acknowledged = 1 where conflict_id = ?",
                conflictId.toString()));
  }

  // ---- sync ----

  /** Pushes the outbox, then pulls to a checkpoint (resyncing when told to, R13, R39, R40). */
  public SyncReport sync() throws InterruptedException {
    boolean pushed = pusher.pushAll();
    int pulled = puller.pullToCheckpoint();
    if (pulled >= 0 && pusher.takeResultExpired()) {
      pulled = puller.resync() ? pulled : -1;
    }
    int pending = outbox().size();
    return new SyncReport(pushed && pulled >= 0 && pending == 0, pending, Math.max(pulled, 0));
  }

  /** Pushes only; false when the device stayed offline. */
  public boolean push() throws InterruptedException {
    return pusher.pushAll();
  }

  /** Pulls to a checkpoint; changes applied, or -1 when offline. */
  public int pull() throws InterruptedException {
    return puller.pullToCheckpoint();
  }

  /** Forces a resync from the empty cursor, keeping the outbox. */
  public boolean resync() throws InterruptedException {
    return puller.resync();
  }

  public SyncStats stats() {
    return counters.snapshot();
  }

  // ---- for the loops ----

  LocalStore store() {
    return store;
  }

  Counters counters() {
    return counters;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  Optional<PushResponse> send(PushRequest request) {
    counters.pushRequest();
    try {
      return Optional.of(transport.push(request));
    } catch (TransportException e) {
      counters.lost();
      return Optional.empty();
    }
  }

  Optional<PullResponse> send(PullRequest request) {
    try {
      return Optional.of(transport.pull(request));
    } catch (TransportException e) {
      counters.lost();
      return Optional.empty();
    }
  }

  void backOff(int attempt, long hintMillis) throws InterruptedException {
    long millis = backoff.delayMillis(attempt, hintMillis);
    counters.backoff(millis);
    sleeper.sleep(millis);
  }

  /** Options with the defaults a phone uses. */
  public static final class Builder {
    private final LocalStore store;
    private final String deviceId;
    private final SyncTransport transport;
    private PolicyRegistry policies = FieldlinePolicies.registry();
    private Backoff backoff = new Backoff(500, 60_000, System.nanoTime());
    private Backoff.Sleeper sleeper = Backoff.REAL;
    private Clock clock = Clock.systemUTC();
    private int pageSize = 500;
    private int maxBatch = 200;
    private int maxAttempts = 6;

    private Builder(LocalStore store, String deviceId, SyncTransport transport) {
      this.store = store;
      this.deviceId = deviceId;
      this.transport = transport;
    }

    public Builder policies(PolicyRegistry policies) {
      this.policies = policies;
      return this;
    }

    public Builder backoff(Backoff backoff, Backoff.Sleeper sleeper) {
      this.backoff = backoff;
      this.sleeper = sleeper;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public Builder maxBatch(int maxBatch) {
      this.maxBatch = maxBatch;
      return this;
    }

    /** Failed attempts in a row before a sync gives up and reports the device offline. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    public SyncClient build() {
      return new SyncClient(this);
    }
  }
}
