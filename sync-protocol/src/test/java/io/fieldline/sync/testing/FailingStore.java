package io.fieldline.sync.testing;

import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.store.TransientStoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A store decorator whose {@code method} throws a {@link TransientStoreException} of {@code kind}
 * the next {@code times} times it is called, simulating serialization failures or an outage at a
 * precise point of the engine's transaction.
 */
public final class FailingStore implements SyncStore {

  private final SyncStore delegate;
  private final String method;
  private final TransientStoreException.Kind kind;
  private final AtomicInteger remaining;

  private FailingStore(
      SyncStore delegate, String method, int times, TransientStoreException.Kind kind) {
    this.delegate = delegate;
    this.method = method;
    this.kind = kind;
    this.remaining = new AtomicInteger(times);
  }

  /** Wraps {@code delegate}. */
  public static FailingStore failing(
      SyncStore delegate, String method, int times, TransientStoreException.Kind kind) {
    return new FailingStore(delegate, method, times, kind);
  }

  /** Injects {@code times} more failures. */
  public void arm(int times) {
    remaining.addAndGet(times);
  }

  /** How many injected failures are left. */
  public int remaining() {
    return remaining.get();
  }

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    if (method.equals("inTransaction") && remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new TransientStoreException(kind, "injected at " + method);
    }
    return delegate.inTransaction(
        tx ->
            work.apply(
                (StoreTx)
                    Proxy.newProxyInstance(
                        StoreTx.class.getClassLoader(),
                        new Class<?>[] {StoreTx.class},
                        (proxy, m, args) -> {
                          if (m.getName().equals(method)
                              && remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                            throw new TransientStoreException(kind, "injected at " + method);
                          }
                          try {
                            return m.invoke(tx, args);
                          } catch (InvocationTargetException e) {
                            throw e.getCause();
                          }
                        })));
  }
}
