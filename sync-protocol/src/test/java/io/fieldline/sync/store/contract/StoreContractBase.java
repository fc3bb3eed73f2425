package io.fieldline.sync.store.contract;

import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.testing.TestServer;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/**
 * Set-up and helpers of the store contract. Implementations do not extend this class directly but
 * {@link SyncStoreContract}, which includes every part of the contract.
 */
public abstract class StoreContractBase {

  protected final ManualClock clock = new ManualClock(TestServer.T0);
  protected SyncStore store;

  /** A fresh, empty store whose commit times come from {@code clock}. */
  protected abstract SyncStore newStore(ManualClock clock);

  /**
   * Every call on it runs in a read transaction of its own ({@link SyncStore#inReadTransaction}, as
   * pulls do); for reading back in assertions.
   */
  protected StoreTx reads;

  @BeforeEach
  protected void freshStore() {
    store = newStore(clock);
    reads =
        (StoreTx)
            Proxy.newProxyInstance(
                StoreTx.class.getClassLoader(),
                new Class<?>[] {StoreTx.class},
                (proxy, method, args) ->
                    store.inReadTransaction(
                        tx -> {
                          try {
                            return method.invoke(tx, args);
                          } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e.getCause());
                          }
                        }));
  }

  protected <T> T tx(Function<StoreTx, T> work) {
    return store.inTransaction(work);
  }

  protected void run(java.util.function.Consumer<StoreTx> work) {
    store.inTransaction(
        tx -> {
          work.accept(tx);
          return null;
        });
  }
}
