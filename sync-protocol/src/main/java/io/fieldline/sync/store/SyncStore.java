package io.fieldline.sync.store;

import java.util.function.Function;

/**
 * A sync server's storage, for one tenant. Everything happens inside {@link #inTransaction}: the
 * engine claims a sequence, reads and writes records, appends change-log rows and stores the result
 * in one atomic unit (R6). The interface is synchronous and small so a blocking (JDBC) or a
 * reactive (wrapped) PostgreSQL store can implement it.
 */
public interface SyncStore {

  /**
   * Runs {@code work} in one serialisable transaction and commits it. If {@code work} throws,
   * nothing it did is committed and the exception propagates. A temporary store failure
   * (unavailable, serialization failure, deadlock) is a {@link TransientStoreException}; nested
   * calls are not supported.
   */
  <T> T inTransaction(Function<StoreTx, T> work);
}
