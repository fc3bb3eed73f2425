package io.fieldline.sync.conformance;

import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.store.TransientStoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A store decorator that simulates a temporary failure ("database unavailable") when a chosen
 * device sequence is claimed, once per arming. Used to exercise R12 without a real outage.
 */
public final class FaultInjectingStore implements SyncStore {

  private final SyncStore delegate;
  private final Set<String> armed = new HashSet<>();

  /** Wraps {@code delegate}. */
  public FaultInjectingStore(SyncStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
  }

  /** The next claim of {@code sequence} by {@code deviceId} fails with kind UNAVAILABLE. */
  public synchronized void failClaim(String deviceId, long sequence) {
    armed.add(deviceId + "#" + sequence);
  }

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    return delegate.inTransaction(tx -> work.apply(wrap(tx)));
  }

  @Override
  public <T> T inReadTransaction(Function<StoreTx, T> work) {
    return delegate.inReadTransaction(tx -> work.apply(wrap(tx)));
  }

  private StoreTx wrap(StoreTx tx) {
    return (StoreTx)
        Proxy.newProxyInstance(
            StoreTx.class.getClassLoader(),
            new Class<?>[] {StoreTx.class},
            (proxy, method, args) -> {
              if (method.getName().equals("claimSequence") && disarm(args[0] + "#" + args[1])) {
                throw new TransientStoreException(
                    TransientStoreException.Kind.UNAVAILABLE, "injected: store unavailable");
              }
              try {
                return method.invoke(tx, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private synchronized boolean disarm(String key) {
    return armed.remove(key);
  }
}
