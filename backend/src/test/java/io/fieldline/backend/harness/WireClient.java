package io.fieldline.backend.harness;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.engine.ScopeChecksums;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.json.SyncJson;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntSupplier;

/** A {@link SyncClient} on the protocol's wire types over {@link HarnessHttp}. */
public final class WireClient implements SyncClient {
  private final UUID id;
  private final HarnessHttp http;
  private final Metrics metrics;
  private final Random random;
  private final Clock deviceClock;
  private final IntSupplier batchSize;
  private final int protocolVersion;
  private final ArrayDeque<Mutation> outbox = new ArrayDeque<>();
  private final Map<Long, Sent> sent = new TreeMap<>();
  private final Map<RecordKey, Long> ownVersions = new HashMap<>();
  private Map<RecordKey, RecordState> copy = new TreeMap<>();
  private Cursor cursor = Cursor.START;
  private long nextSequence = 1;
  private double reorderRate;

  public WireClient(
      UUID id,
      HarnessHttp http,
      Metrics metrics,
      long seed,
      Clock deviceClock,
      IntSupplier batchSize,
      int protocolVersion) {
    this.id = id;
    this.http = http;
    this.metrics = metrics;
    this.random = new Random(seed);
    this.deviceClock = deviceClock;
    this.batchSize = batchSize;
    this.protocolVersion = protocolVersion;
  }

  public WireClient(UUID id, HarnessHttp http, Metrics metrics, long seed) {
    this(id, http, metrics, seed, Clock.systemUTC(), () -> 50, ProtocolVersion.CURRENT);
  }

  /** Sends this share of batches with their mutations shuffled (run 2: reordered batches). */
  public WireClient reorder(double rate) {
    this.reorderRate = rate;
    return this;
  }

  @Override
  public UUID deviceId() {
    return id;
  }

  @Override
  public synchronized RecordKey create(String entityType, Map<String, FieldValue> fields) {
    RecordKey key = new RecordKey(entityType, new UUID(random.nextLong(), random.nextLong()));
    enqueue(key, Operation.CREATE, 0, fields);
    return key;
  }

  @Override
  public synchronized void update(RecordKey key, Map<String, FieldValue> fields) {
    enqueue(key, Operation.UPDATE, base(key), fields);
  }

  @Override
  public synchronized void delete(RecordKey key) {
    enqueue(key, Operation.DELETE, base(key), Map.of());
  }

  private long base(RecordKey key) {
    RecordState held = copy.get(key);
    long v = held == null ? 0 : held.version();
    return Math.max(1, Math.max(v, ownVersions.getOrDefault(key, 0L)));
  }

  private void enqueue(RecordKey key, Operation op, long base, Map<String, FieldValue> fields) {
    Mutation m =
        new Mutation(
            nextSequence++, key.entityType(), key.id(), op, base, fields, deviceClock.instant());
    outbox.add(m);
    sent.put(m.sequence(), new Sent(m.sequence(), key, op, null));
  }

  @Override
  public synchronized boolean pushAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    Backoff backoff = new Backoff(random);
    while (!outbox.isEmpty()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      List<Mutation> batch = new ArrayList<>();
      int n = Math.max(1, batchSize.getAsInt());
      for (Mutation m : outbox) {
        if (batch.size() == n) {
          break;
        }
        batch.add(m);
      }
      if (batch.size() > 1 && random.nextDouble() < reorderRate) {
        Collections.shuffle(batch, random);
      }
      byte[] body =
          SyncJson.encode(PushRequest.of(protocolVersion, id.toString(), List.copyOf(batch)));
      HarnessHttp.Reply reply = http.post("/sync/push", body);
      if (reply == null) {
        metrics.failedAttempts.incrementAndGet();
        backoff.pause();
        continue;
      }
      if (reply.status() != 200) {
        if (reply.status() == 503) {
          metrics.retryHints.incrementAndGet();
        } else {
          metrics.refusals.incrementAndGet();
        }
        backoff.pause();
        continue;
      }
      metrics.push(reply.nanos());
      backoff.reset();
      PushResult result = (PushResult) SyncJson.decodePushResponse(reply.body());
      for (MutationResult r : result.results()) {
        acknowledge(r);
      }
      if (result.end() instanceof BatchEnd.RetryLater later) {
        metrics.retryHints.incrementAndGet();
        Sleep.millis(Math.min(later.retryAfterMillis(), 2000));
      } else if (result.end() instanceof BatchEnd.OutOfOrder) {
        metrics.refusals.incrementAndGet();
        backoff.pause();
      }
    }
    return true;
  }

  private void acknowledge(MutationResult r) {
    MutationResult original = r instanceof DuplicateResult d ? d.original() : r;
    while (!outbox.isEmpty() && outbox.peek().sequence() <= r.sequence()) {
      outbox.poll();
    }
    Sent s = sent.get(r.sequence());
    if (s == null) {
      return;
    }
    if (s.result() != null && !s.result().equals(original)) {
      metrics.refusals.incrementAndGet(); // a replay answered differently: counted as diverged
    }
    sent.put(r.sequence(), new Sent(s.sequence(), s.key(), s.operation(), original));
    long v = version(original);
    if (v > 0) {
      ownVersions.merge(s.key(), v, Math::max);
    }
  }

  static long version(MutationResult r) {
    if (r instanceof AppliedResult a) {
      return a.version();
    }
    if (r instanceof MergedResult m) {
      return m.version();
    }
    if (r instanceof ConflictHeldResult c) {
      return c.version();
    }
    return 0;
  }

  @Override
  public synchronized boolean pullAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    Backoff backoff = new Backoff(random);
    Map<RecordKey, RecordState> target = copy;
    boolean resyncing = false;
    while (System.nanoTime() < deadline) {
      byte[] body = SyncJson.encode(new PullRequest(protocolVersion, id.toString(), cursor, 500));
      HarnessHttp.Reply reply = http.post("/sync/pull", body);
      if (reply == null || reply.status() != 200) {
        if (reply == null) {
          metrics.failedAttempts.incrementAndGet();
        } else if (reply.status() != 503) {
          metrics.refusals.incrementAndGet();
        }
        backoff.pause();
        continue;
      }
      metrics.pull(reply.nanos());
      PullResponse response = SyncJson.decodePullResponse(reply.body());
      if (!(response instanceof PullPage page)) {
        cursor = Cursor.START; // resync_required: fresh copy, outbox kept (R40)
        target = new TreeMap<>();
        resyncing = true;
        continue;
      }
      for (Change c : page.changes()) {
        apply(target, c);
      }
      cursor = page.nextCursor();
      if (!page.hasMore()) {
        if (!ScopeChecksums.of(target.values()).equals(page.scopeChecksum().orElseThrow())) {
          metrics.checksumMismatches.incrementAndGet();
          cursor = Cursor.START;
          target = new TreeMap<>();
          resyncing = true;
          continue;
        }
        copy = target;
        return true;
      }
    }
    if (resyncing) {
      cursor = Cursor.START;
    }
    return false;
  }

  private static void apply(Map<RecordKey, RecordState> copy, Change change) {
    if (change instanceof Change.Upsert u) {
      keepNewer(copy, u.record());
    } else if (change instanceof Change.Delete d) {
      copy.remove(d.key());
    } else if (change instanceof Change.Evict e) {
      copy.remove(e.key());
    } else if (change instanceof Change.Grant g) {
      keepNewer(copy, g.record());
      g.related().forEach(r -> keepNewer(copy, r));
    }
  }

  private static void keepNewer(Map<RecordKey, RecordState> copy, RecordState state) {
    RecordState held = copy.get(state.key());
    if (held == null || held.version() <= state.version()) {
      copy.put(state.key(), state);
    }
  }

  @Override
  public synchronized Map<RecordKey, RecordState> serverCopy() {
    return Collections.unmodifiableMap(new TreeMap<>(copy));
  }

  @Override
  public synchronized int pending() {
    return outbox.size();
  }

  @Override
  public synchronized Map<Long, Sent> sent() {
    return Collections.unmodifiableMap(new TreeMap<>(sent));
  }
}
