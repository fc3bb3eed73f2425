package io.fieldline.sync.sim;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.merge.AppendOnly;
import io.fieldline.sync.merge.FieldPolicy;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.ResyncRequired;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A minimal offline client that keeps the client rules: an outbox of immutable mutations with a
 * gap-free sequence (R5, R6), settlement only on a final result (R11), resend after temporary
 * failures (R12), a server copy changed only by pulls (R32-R37), evicted records' edits kept in the
 * outbox (R38), checksum checks and resync keeping the outbox (R33, R40), and its pending mutations
 * shown on top of the server copy (R41).
 */
final class ReplicaClient {

  /** A mutation the server answered with a permanent rejection, kept for the user. */
  record Archived(Mutation mutation, RejectedResult result) {}

  /** How a push attempt ended. */
  enum PushStatus {
    NOTHING_TO_SEND,
    SENT,
    LOST,
    RETRY_LATER
  }

  final String deviceId;
  private final Transport transport;
  private final PolicyRegistry policies;
  ServerCopy copy = new ServerCopy();
  Cursor cursor = Cursor.START;
  final List<Mutation> outbox = new ArrayList<>();
  final Map<Long, Mutation> created = new TreeMap<>();
  final Map<Long, MutationResult> settled = new TreeMap<>();
  final List<Archived> archive = new ArrayList<>();
  int batchLimit = Integer.MAX_VALUE;
  int resyncs;
  private long nextSequence = 1;

  ReplicaClient(String deviceId, Transport transport, PolicyRegistry policies) {
    this.deviceId = deviceId;
    this.transport = transport;
    this.policies = policies;
  }

  // ---- local edits, recorded in the outbox ----

  Mutation create(RecordKey key, Map<String, FieldValue> fields, Instant now) {
    return record(
        new Mutation(nextSequence, key.entityType(), key.id(), Operation.CREATE, 0, fields, now));
  }

  Mutation update(RecordKey key, Map<String, FieldValue> fields, Instant now) {
    return record(
        new Mutation(
            nextSequence, key.entityType(), key.id(), Operation.UPDATE, base(key), fields, now));
  }

  Mutation delete(RecordKey key, Instant now) {
    return record(
        new Mutation(
            nextSequence, key.entityType(), key.id(), Operation.DELETE, base(key), Map.of(), now));
  }

  private long base(RecordKey key) {
    RecordState state = copy.get(key);
    return state == null ? 1 : state.version();
  }

  private Mutation record(Mutation m) {
    nextSequence++;
    outbox.add(m);
    created.put(m.sequence(), m);
    return m;
  }

  /** What the user sees: the server copy with the pending mutations applied on top (R41). */
  Optional<Map<String, FieldValue>> view(RecordKey key) {
    RecordState state = copy.get(key);
    Map<String, FieldValue> fields = state == null ? null : new HashMap<>(state.fields());
    for (Mutation m : outbox) {
      if (!m.key().equals(key)) {
        continue;
      }
      if (m.operation() == Operation.CREATE) {
        fields = new HashMap<>(m.fields());
      } else if (m.operation() == Operation.DELETE) {
        fields = null;
      } else if (fields != null) {
        overlay(key, fields, m.fields());
      }
    }
    return Optional.ofNullable(fields);
  }

  private void overlay(
      RecordKey key, Map<String, FieldValue> fields, Map<String, FieldValue> changes) {
    changes.forEach(
        (name, value) -> {
          FieldPolicy policy =
              policies.find(key.entityType()).orElseThrow().field(name).orElseThrow();
          FieldValue current = fields.getOrDefault(name, FieldValue.NULL);
          if (policy.policy() == MergePolicy.COUNTER_DELTA) {
            java.math.BigDecimal base =
                current instanceof FieldValue.NumberValue
                    ? ((FieldValue.NumberValue) current).value()
                    : java.math.BigDecimal.ZERO;
            fields.put(name, FieldValue.of(base.add(((FieldValue.NumberValue) value).value())));
          } else if (policy.policy() == MergePolicy.APPEND_ONLY) {
            fields.put(name, AppendOnly.union(current, value));
          } else {
            fields.put(name, value);
          }
        });
  }

  /** Every record the user can see. */
  Set<RecordKey> visibleKeys() {
    Set<RecordKey> keys = new TreeSet<>(copy.records().keySet());
    outbox.forEach(m -> keys.add(m.key()));
    keys.removeIf(k -> view(k).isEmpty());
    return keys;
  }

  // ---- push ----

  /** Sends the oldest pending mutations (at most {@code max}, and the learned batch limit). */
  PushStatus push(int max) {
    if (outbox.isEmpty()) {
      return PushStatus.NOTHING_TO_SEND;
    }
    List<Mutation> batch = outbox.subList(0, Math.min(outbox.size(), Math.min(max, batchLimit)));
    Optional<PushResponse> response =
        transport.push(PushRequest.of(ProtocolVersion.CURRENT, deviceId, new ArrayList<>(batch)));
    return response.map(this::handle).orElse(PushStatus.LOST);
  }

  /** The request a push would send now (for simulating stale duplicate deliveries). */
  Optional<PushRequest> pendingRequest(int max) {
    if (outbox.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        PushRequest.of(
            ProtocolVersion.CURRENT,
            deviceId,
            new ArrayList<>(outbox.subList(0, Math.min(outbox.size(), max)))));
  }

  PushStatus handle(PushResponse response) {
    if (response instanceof Refusal.BatchTooLarge) {
      batchLimit = Math.max(1, Math.min(batchLimit, outbox.size()) / 2);
      return PushStatus.RETRY_LATER;
    }
    if (response instanceof Refusal) {
      if (response instanceof Refusal.Retryable) {
        return PushStatus.RETRY_LATER;
      }
      throw new AssertionError("unexpected refusal " + response);
    }
    PushResult result = (PushResult) response;
    result.results().forEach(this::settle);
    return result.end() instanceof BatchEnd.RetryLater ? PushStatus.RETRY_LATER : PushStatus.SENT;
  }

  private void settle(MutationResult result) {
    MutationResult original =
        result instanceof DuplicateResult ? ((DuplicateResult) result).original() : result;
    if (original instanceof RejectedResult) {
      SyncErrorCode code = ((RejectedResult) original).code();
      if (code == SyncErrorCode.SEQUENCE_REUSED || code == SyncErrorCode.RESULT_EXPIRED) {
        throw new AssertionError(deviceId + " got " + original);
      }
    }
    boolean pending = outbox.removeIf(m -> m.sequence() == result.sequence());
    if (pending) {
      settled.put(result.sequence(), original);
      if (original instanceof RejectedResult) {
        archive.add(new Archived(created.get(result.sequence()), (RejectedResult) original));
      }
    }
  }

  // ---- pull ----

  /** Pulls until a checkpoint; true when one was reached. */
  boolean pullToCheckpoint(int pageSize) {
    while (true) {
      Optional<PullResponse> response =
          transport.pull(new PullRequest(ProtocolVersion.CURRENT, deviceId, cursor, pageSize));
      if (response.isEmpty()) {
        return false;
      }
      if (response.get() instanceof ResyncRequired) {
        return resync(pageSize);
      }
      PullPage page = (PullPage) response.get();
      page.changes().forEach(copy::apply);
      cursor = page.nextCursor();
      if (!page.hasMore()) {
        return page.scopeChecksum().get().equals(copy.checksum()) || resync(pageSize);
      }
    }
  }

  /** Rebuilds the server copy from the start, keeping the outbox (R40). */
  boolean resync(int pageSize) {
    resyncs++;
    ServerCopy fresh = new ServerCopy();
    Cursor at = Cursor.START;
    while (true) {
      Optional<PullResponse> response =
          transport.pull(new PullRequest(ProtocolVersion.CURRENT, deviceId, at, pageSize));
      if (response.isEmpty() || !(response.get() instanceof PullPage)) {
        return false;
      }
      PullPage page = (PullPage) response.get();
      page.changes().forEach(fresh::apply);
      at = page.nextCursor();
      if (!page.hasMore()) {
        copy = fresh;
        cursor = at;
        return true;
      }
    }
  }

  /** The delay before resending after a temporary failure: exponential, jittered, >= the hint. */
  static long backoffMillis(int attempt, long hintMillis, SplittableRandom random) {
    long exponential = Math.min(300_000L, 500L << Math.min(attempt, 20));
    long base = Math.max(hintMillis, exponential);
    long jittered = base / 2 + random.nextLong(base / 2 + 1);
    return Math.max(hintMillis, jittered);
  }
}
