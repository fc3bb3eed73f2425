package io.fieldline.sync.store;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.StoredRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The reference store: all state in memory, transactions serialised by one lock (so serialisable by
 * construction), writes undone on failure, change-log positions assigned at commit. Built for
 * correctness and tests, not for throughput; it passes the store contract suite.
 */
public final class InMemorySyncStore implements SyncStore {

  private final ReentrantLock lock = new ReentrantLock(true);
  private final MemoryState state = new MemoryState();
  private final Clock clock;

  /** A store whose commit times come from {@code clock}. */
  public InMemorySyncStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("nested transactions are not supported");
    }
    lock.lock();
    try {
      MemoryTx tx = new MemoryTx(state, clock.instant());
      T result;
      try {
        result = work.apply(tx);
      } catch (RuntimeException | Error e) {
        tx.rollback();
        throw e;
      }
      tx.commit();
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Every record (live and tombstones), in key order; for inspection by tests and tools. */
  public List<StoredRecord> allRecords() {
    return locked(() -> new ArrayList<>(new TreeMap<>(state.records).values()));
  }

  /** Every conflict, oldest first; for inspection. */
  public List<ConflictRecord> allConflicts() {
    return locked(() -> new ArrayList<>(state.conflicts.values()));
  }

  /** Each device's last processed sequence; for inspection. */
  public Map<String, Long> lastSequences() {
    return locked(() -> new TreeMap<>(state.lastSequence));
  }

  private <T> T locked(java.util.function.Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }
}
