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

  /**
   * Runs {@code work}, which reads the change log and writes nothing (a pull page), in one
   * transaction like {@link #inTransaction}. A store whose writers take commit positions
   * concurrently starts it only once every position taken so far is committed, so its snapshot
   * never sees a position while a lower one is still to come (R31); the default is {@link
   * #inTransaction}.
   */
  default <T> T inReadTransaction(Function<StoreTx, T> work) {
    return inTransaction(work);
  }
}
