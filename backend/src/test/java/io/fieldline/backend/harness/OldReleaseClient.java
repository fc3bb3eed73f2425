package io.fieldline.backend.harness;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.json.SyncJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The harness's {@link SyncClient} on the <b>old release</b> of the reference client ({@link
 * OldRelease}): its own SQLite store, outbox, codec and push/pull loops, driven by reflection. A
 * recording transport (a proxy of the old {@code SyncTransport}) re-encodes each push answer with
 * the old codec and decodes it with the current one, so the invariant check sees exactly what the
 * old client was told.
 */
public final class OldReleaseClient implements SyncClient {
  private static final String CLIENT = "io.fieldline.contract.client.";

  private final UUID id;
  private final ClassLoader old = OldRelease.loader();
  private final Object client;
  private final Map<Long, Sent> sent = new TreeMap<>();
  private final Metrics metrics;

  public OldReleaseClient(UUID id, String baseUrl, String token, Metrics metrics, long seed) {
    this.id = id;
    this.metrics = metrics;
    Path dir = Path.of("target", "harness", "devices", "old-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve(id + ".db"));
      Object store =
          Reflection.callStatic(
              type(CLIENT + "LocalStore"), "open", dir.resolve(id + ".db").toString());
      Supplier<String> tokens = () -> token;
      Object http =
          Reflection.make(type(CLIENT + "HttpSyncTransport"), URI.create(baseUrl), tokens);
      Class<?> transport = type(CLIENT + "SyncTransport");
      Object recording =
          Proxy.newProxyInstance(
              old, new Class<?>[] {transport}, (p, m, a) -> recorded(http, m, a));
      Class<?> backoff = type(CLIENT + "Backoff");
      Object builder =
          Reflection.callStatic(
              type(CLIENT + "SyncClient"), "builder", store, id.toString(), recording);
      builder =
          Reflection.call(
              builder,
              "backoff",
              Reflection.make(type(CLIENT + "Backoff"), 50L, 2000L, seed),
              backoff.getField("REAL").get(null));
      builder = Reflection.call(builder, "clock", Clock.systemUTC());
      builder = Reflection.call(builder, "maxBatch", 50);
      builder = Reflection.call(builder, "maxAttempts", 8);
      this.client = Reflection.call(builder, "build");
    } catch (Exception e) {
      throw new IllegalStateException("old release client: " + e, e);
    }
  }

  @Override
  public UUID deviceId() {
    return id;
  }

  @Override
  public synchronized RecordKey create(String entityType, Map<String, FieldValue> fields) {
    Object key = Reflection.call(client, "create", entityType, toOld(fields));
    List<?> outbox = (List<?>) Reflection.call(client, "outbox");
    record(outbox.get(outbox.size() - 1));
    return new RecordKey(
        (String) Reflection.call(key, "entityType"), (UUID) Reflection.call(key, "id"));
  }

  @Override
  public synchronized void update(RecordKey key, Map<String, FieldValue> fields) {
    record(Reflection.call(client, "update", oldKey(key), toOld(fields)));
  }

  @Override
  public synchronized void delete(RecordKey key) {
    record(Reflection.call(client, "delete", oldKey(key)));
  }

  @Override
  public synchronized boolean pushAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!((List<?>) Reflection.call(client, "outbox")).isEmpty()) {
      if (System.nanoTime() > deadline || !attempt("push")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public synchronized boolean pullAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if ((Integer) Reflection.invoke(client, "pull") >= 0) {
          return true;
        }
      } catch (Reflection.StoppedException e) {
        if (!stopped()) {
          return false;
        }
      }
    }
    return false;
  }

  /** One push; false only when interrupted. */
  private boolean attempt(String what) {
    try {
      Reflection.invoke(client, what);
      return true;
    } catch (Reflection.StoppedException e) {
      return stopped();
    }
  }

  /** As {@link ReferenceClient}: a stop (401 and the like) is counted, then retried. */
  private boolean stopped() {
    metrics.refusals.incrementAndGet();
    try {
      Thread.sleep(500);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized Map<RecordKey, RecordState> serverCopy() {
    Map<RecordKey, RecordState> copy = new HashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) Reflection.call(client, "serverCopy")).entrySet()) {
      Object s = e.getValue();
      RecordKey key =
          new RecordKey(
              (String) Reflection.call(e.getKey(), "entityType"),
              (UUID) Reflection.call(e.getKey(), "id"));
      Map<String, FieldValue> fields = new HashMap<>();
      ((Map<?, ?>) Reflection.call(s, "fields"))
          .forEach((k, v) -> fields.put((String) k, SyncJson.toValue(oldJson("toTree", v))));
      @SuppressWarnings("unchecked")
      Map<String, Long> versions = (Map<String, Long>) Reflection.call(s, "fieldVersions");
      copy.put(
          key,
          new RecordState(
              key,
              (Long) Reflection.call(s, "version"),
              (Boolean) Reflection.call(s, "deleted"),
              fields,
              versions));
    }
    return copy;
  }

  @Override
  public synchronized int pending() {
    return ((List<?>) Reflection.call(client, "outbox")).size();
  }

  @Override
  public synchronized Map<Long, Sent> sent() {
    return Collections.unmodifiableMap(new TreeMap<>(sent));
  }

  private void record(Object mutation) {
    long sequence = (Long) Reflection.call(mutation, "sequence");
    RecordKey key =
        new RecordKey(
            (String) Reflection.call(mutation, "entityType"),
            (UUID) Reflection.call(mutation, "recordId"));
    Operation op = Operation.valueOf(((Enum<?>) Reflection.call(mutation, "operation")).name());
    synchronized (sent) {
      sent.put(sequence, new Sent(sequence, key, op, null));
    }
  }

  /** The old transport's call, timed; push answers recorded through the current codec. */
  private Object recorded(Object http, Method m, Object[] args) throws Throwable {
    if (m.getDeclaringClass() == Object.class) {
      return m.invoke(http, args);
    }
    long t0 = System.nanoTime();
    Object answer;
    try {
      answer = m.invoke(http, args);
    } catch (InvocationTargetException e) {
      metrics.failedAttempts.incrementAndGet();
      throw e.getCause();
    }
    if (m.getName().equals("pull")) {
      metrics.pull(System.nanoTime() - t0);
      return answer;
    }
    Class<?> codec = type("io.fieldline.sync.wire.json.SyncJson");
    PushResponse now =
        SyncJson.decodePushResponse((byte[]) Reflection.callStatic(codec, "encode", answer));
    if (now instanceof PushResult result) {
      metrics.push(System.nanoTime() - t0);
      synchronized (sent) {
        for (MutationResult r : result.results()) {
          MutationResult original = r instanceof DuplicateResult d ? d.original() : r;
          Sent s = sent.get(r.sequence());
          if (s != null) {
            sent.put(r.sequence(), new Sent(s.sequence(), s.key(), s.operation(), original));
          }
        }
      }
    } else {
      metrics.retryHints.incrementAndGet();
    }
    return answer;
  }

  private Map<String, Object> toOld(Map<String, FieldValue> fields) {
    Map<String, Object> out = new HashMap<>();
    fields.forEach((k, v) -> out.put(k, oldJson("toValue", SyncJson.toTree(v))));
    return out;
  }

  private Object oldKey(RecordKey key) {
    return Reflection.make(type("io.fieldline.sync.model.RecordKey"), key.entityType(), key.id());
  }

  /** The old codec's {@code toTree} / {@code toValue} (Jackson trees are shared). */
  private <T> T oldJson(String method, Object arg) {
    @SuppressWarnings("unchecked")
    T t = (T) Reflection.callStatic(type("io.fieldline.sync.wire.json.SyncJson"), method, arg);
    return t;
  }

  private Class<?> type(String name) {
    try {
      return Class.forName(name, true, old);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
