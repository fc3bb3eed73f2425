package io.fieldline.backend.harness;

import io.fieldline.contract.client.Backoff;
import io.fieldline.contract.client.HttpSyncTransport;
import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.SyncStoppedException;
import io.fieldline.contract.client.SyncTransport;
import io.fieldline.contract.client.TransportException;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The harness's {@link SyncClient} on {@code mobile-contract}'s reference offline client (SQLite
 * store under {@code target/harness/devices/<pid>}, its outbox, push and pull loops, back-off,
 * resync). A recording transport around its HTTP transport keeps every result per sequence for the
 * invariant check and times the answered pushes.
 */
public final class ReferenceClient implements SyncClient {
  private final UUID id;
  private final io.fieldline.contract.client.SyncClient client;
  private final Map<Long, Sent> sent = new TreeMap<>();
  private final Metrics metrics;

  public ReferenceClient(UUID id, String baseUrl, String token, Metrics metrics, long seed) {
    this(id, baseUrl, token, metrics, seed, Clock.systemUTC());
  }

  public ReferenceClient(
      UUID id, String baseUrl, String token, Metrics metrics, long seed, Clock clock) {
    this(id, new HttpSyncTransport(URI.create(baseUrl), () -> token), metrics, seed, clock);
  }

  /** On one HTTP client shared by many devices (load runs: one connection pool, few threads). */
  public ReferenceClient(
      UUID id, java.net.http.HttpClient shared, String baseUrl, String token, Metrics metrics) {
    this(
        id,
        new HttpSyncTransport(shared, URI.create(baseUrl), () -> token, Duration.ofSeconds(30)),
        metrics,
        id.getLeastSignificantBits(),
        Clock.systemUTC());
  }

  private ReferenceClient(UUID id, SyncTransport http, Metrics metrics, long seed, Clock clock) {
    this.id = id;
    this.metrics = metrics;
    // per process: two runs with the same seed have the same device ids
    Path dir =
        Path.of("target", "harness", "devices", Long.toString(ProcessHandle.current().pid()));
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve(id + ".db"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    this.client =
        io.fieldline.contract.client.SyncClient.builder(
                LocalStore.open(dir.resolve(id + ".db").toString()),
                id.toString(),
                new Recording(http))
            .backoff(new Backoff(50, 2000, seed), Backoff.REAL)
            .clock(clock)
            .maxBatch(50)
            .maxAttempts(8)
            .build();
  }

  @Override
  public UUID deviceId() {
    return id;
  }

  @Override
  public synchronized RecordKey create(String entityType, Map<String, FieldValue> fields) {
    RecordKey key = client.create(entityType, fields);
    record(last());
    return key;
  }

  @Override
  public synchronized void update(RecordKey key, Map<String, FieldValue> fields) {
    record(client.update(key, fields));
  }

  @Override
  public synchronized void delete(RecordKey key) {
    record(client.delete(key));
  }

  private Mutation last() {
    List<Mutation> outbox = client.outbox();
    return outbox.get(outbox.size() - 1);
  }

  private void record(Mutation m) {
    sent.put(
        m.sequence(),
        new Sent(m.sequence(), new RecordKey(m.entityType(), m.recordId()), m.operation(), null));
  }

  @Override
  public synchronized boolean pushAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      while (!client.outbox().isEmpty()) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        try {
          client.push();
        } catch (SyncStoppedException e) {
          stopped(e);
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized boolean pullAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        try {
          if (client.pull() >= 0) {
            return true;
          }
        } catch (SyncStoppedException e) {
          stopped(e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /**
   * The client stopped on a refusal a phone cannot retry by itself (401, UNAUTHORIZED_DEVICE): a
   * person would sign in again. The harness counts it as a refusal and retries after a pause.
   */
  private void stopped(SyncStoppedException e) throws InterruptedException {
    metrics.refusals.incrementAndGet();
    Thread.sleep(500);
  }

  @Override
  public synchronized Map<RecordKey, RecordState> serverCopy() {
    return client.serverCopy();
  }

  @Override
  public synchronized int pending() {
    return client.outbox().size();
  }

  @Override
  public synchronized Map<Long, Sent> sent() {
    return Collections.unmodifiableMap(new TreeMap<>(sent));
  }

  /** Keeps each answered result by sequence and times the pushes. */
  private final class Recording implements SyncTransport {
    private final SyncTransport inner;

    Recording(SyncTransport inner) {
      this.inner = inner;
    }

    @Override
    public PushResponse push(PushRequest request) throws TransportException {
      long t0 = System.nanoTime();
      PushResponse response;
      try {
        response = inner.push(request);
      } catch (TransportException e) {
        metrics.failedAttempts.incrementAndGet();
        throw e;
      }
      if (response instanceof PushResult result) {
        metrics.push(System.nanoTime() - t0);
        for (MutationResult r : result.results()) {
          MutationResult original = r instanceof DuplicateResult d ? d.original() : r;
          Sent s = sent.get(r.sequence());
          if (s != null) {
            sent.put(r.sequence(), new Sent(s.sequence(), s.key(), s.operation(), original));
          }
        }
      } else {
        metrics.retryHints.incrementAndGet();
      }
      return response;
    }

    @Override
    public PullResponse pull(PullRequest request) throws TransportException {
      long t0 = System.nanoTime();
      try {
        PullResponse r = inner.pull(request);
        metrics.pull(System.nanoTime() - t0);
        return r;
      } catch (TransportException e) {
        metrics.failedAttempts.incrementAndGet();
        throw e;
      }
    }
  }
}
