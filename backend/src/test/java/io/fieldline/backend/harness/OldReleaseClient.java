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
import java.lang.reflect.Constructor;
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
          callStatic(type(CLIENT + "LocalStore"), "open", dir.resolve(id + ".db").toString());
      Supplier<String> tokens = () -> token;
      Object http = make(CLIENT + "HttpSyncTransport", URI.create(baseUrl), tokens);
      Class<?> transport = type(CLIENT + "SyncTransport");
      Object recording =
          Proxy.newProxyInstance(
              old, new Class<?>[] {transport}, (p, m, a) -> recorded(http, m, a));
      Class<?> backoff = type(CLIENT + "Backoff");
      Object builder =
          callStatic(type(CLIENT + "SyncClient"), "builder", store, id.toString(), recording);
      builder =
          call(
              builder,
              "backoff",
              make(CLIENT + "Backoff", 50L, 2000L, seed),
              backoff.getField("REAL").get(null));
      builder = call(builder, "clock", Clock.systemUTC());
      builder = call(builder, "maxBatch", 50);
      builder = call(builder, "maxAttempts", 8);
      this.client = call(builder, "build");
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
    Object key = call(client, "create", entityType, toOld(fields));
    List<?> outbox = (List<?>) call(client, "outbox");
    record(outbox.get(outbox.size() - 1));
    return new RecordKey((String) call(key, "entityType"), (UUID) call(key, "id"));
  }

  @Override
  public synchronized void update(RecordKey key, Map<String, FieldValue> fields) {
    record(call(client, "update", oldKey(key), toOld(fields)));
  }

  @Override
  public synchronized void delete(RecordKey key) {
    record(call(client, "delete", oldKey(key)));
  }

  @Override
  public synchronized boolean pushAll(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!((List<?>) call(client, "outbox")).isEmpty()) {
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
        if ((Integer) invoke(client, "pull") >= 0) {
          return true;
        }
      } catch (StoppedException e) {
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
      invoke(client, what);
      return true;
    } catch (StoppedException e) {
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
    for (Map.Entry<?, ?> e : ((Map<?, ?>) call(client, "serverCopy")).entrySet()) {
      Object s = e.getValue();
      RecordKey key =
          new RecordKey((String) call(e.getKey(), "entityType"), (UUID) call(e.getKey(), "id"));
      Map<String, FieldValue> fields = new HashMap<>();
      ((Map<?, ?>) call(s, "fields"))
          .forEach((k, v) -> fields.put((String) k, SyncJson.toValue(oldJson("toTree", v))));
      @SuppressWarnings("unchecked")
      Map<String, Long> versions = (Map<String, Long>) call(s, "fieldVersions");
      copy.put(
          key,
          new RecordState(
              key, (Long) call(s, "version"), (Boolean) call(s, "deleted"), fields, versions));
    }
    return copy;
  }

  @Override
  public synchronized int pending() {
    return ((List<?>) call(client, "outbox")).size();
  }

  @Override
  public synchronized Map<Long, Sent> sent() {
    return Collections.unmodifiableMap(new TreeMap<>(sent));
  }

  private void record(Object mutation) {
    long sequence = (Long) call(mutation, "sequence");
    RecordKey key =
        new RecordKey((String) call(mutation, "entityType"), (UUID) call(mutation, "recordId"));
    Operation op = Operation.valueOf(((Enum<?>) call(mutation, "operation")).name());
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
    PushResponse now = SyncJson.decodePushResponse((byte[]) callStatic(codec, "encode", answer));
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
    return make("io.fieldline.sync.model.RecordKey", key.entityType(), key.id());
  }

  /** The old codec's {@code toTree} / {@code toValue} (Jackson trees are shared). */
  private <T> T oldJson(String method, Object arg) {
    @SuppressWarnings("unchecked")
    T t = (T) callStatic(type("io.fieldline.sync.wire.json.SyncJson"), method, arg);
    return t;
  }

  private Class<?> type(String name) {
    try {
      return Class.forName(name, true, old);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object make(String type, Object... args) {
    for (Constructor<?> c : type(type).getConstructors()) {
      if (fits(c.getParameterTypes(), args)) {
        try {
          return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(type + ": " + e, e);
        }
      }
    }
    throw new IllegalStateException("no constructor of " + type + " for the arguments");
  }

  private static Object call(Object target, String method, Object... args) {
    return callOn(target.getClass(), target, method, args);
  }

  private static Object callStatic(Class<?> owner, String method, Object... args) {
    return callOn(owner, null, method, args);
  }

  /** A public method by name and arguments; a failure inside it as an unchecked exception. */
  private static Object callOn(Class<?> owner, Object target, String method, Object... args) {
    try {
      return invokeOn(owner, target, method, args);
    } catch (StoppedException e) {
      throw new IllegalStateException("stopped in " + method, e.getCause());
    }
  }

  private static Object invoke(Object target, String method) {
    return invokeOn(target.getClass(), target, method);
  }

  private static Object invokeOn(Class<?> owner, Object target, String method, Object... args) {
    for (Method m : owner.getMethods()) {
      if (m.getName().equals(method) && fits(m.getParameterTypes(), args)) {
        try {
          return m.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause().getClass().getSimpleName().equals("SyncStoppedException")) {
            throw new StoppedException(e.getCause());
          }
          if (e.getCause() instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          throw new IllegalStateException(method + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("no method " + method + " on " + owner.getName());
  }

  private static boolean fits(Class<?>[] params, Object[] args) {
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      Class<?> p = params[i].isPrimitive() ? boxed(params[i]) : params[i];
      if (args[i] != null && !p.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    return switch (primitive.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "boolean" -> Boolean.class;
      default -> Object.class;
    };
  }

  /** The old client stopped syncing (its {@code SyncStoppedException}). */
  private static final class StoppedException extends RuntimeException {
    StoppedException(Throwable cause) {
      super(cause);
    }
  }
}
