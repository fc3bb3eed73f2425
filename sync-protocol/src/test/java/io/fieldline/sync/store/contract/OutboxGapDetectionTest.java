package io.fieldline.sync.store.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.store.LogPage;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.wire.Change;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract's R31 test is real: a store with the classic outbox-gap bug (positions taken from a
 * sequence when a change is appended, visible at commit, read as "everything above my cursor")
 * fails it. The in-memory store serialises transactions, so only a broken store can show this.
 */
class OutboxGapDetectionTest {

  /** Concurrent transactions, positions assigned at append time: the bug R31 forbids. */
  static final class OutboxGapStore implements SyncStore {
    private final AtomicLong sequence = new AtomicLong();
    private final List<LogEntry> committed = new ArrayList<>();
    private final ManualClock clock;

    OutboxGapStore(ManualClock clock) {
      this.clock = clock;
    }

    @Override
    public <T> T inTransaction(Function<StoreTx, T> work) {
      List<LogEntry> staged = new ArrayList<>();
      StoreTx tx =
          (StoreTx)
              Proxy.newProxyInstance(
                  StoreTx.class.getClassLoader(),
                  new Class<?>[] {StoreTx.class},
                  (proxy, method, args) -> {
                    switch (method.getName()) {
                      case "appendChange":
                        staged.add(
                            new LogEntry(
                                sequence.incrementAndGet(),
                                0,
                                (String) args[0],
                                (Change) args[1],
                                clock.instant()));
                        return null;
                      case "readChanges":
                        return read((String) args[0], (Long) args[1]);
                      default:
                        throw new UnsupportedOperationException(method.getName());
                    }
                  });
      T result = work.apply(tx);
      synchronized (committed) {
        committed.addAll(staged);
      }
      return result;
    }

    private LogPage read(String scope, long after) {
      synchronized (committed) {
        return new LogPage(
            committed.stream()
                .filter(e -> e.scopeId().equals(scope) && e.position() > after)
                .sorted(Comparator.comparingLong(LogEntry::position))
                .collect(Collectors.toList()),
            false);
      }
    }
  }

  @Test
  void r31_theContractCatchesAStoreThatSkipsLateCommits() {
    SyncStoreContract contract =
        new SyncStoreContract() {
          @Override
          protected SyncStore newStore(ManualClock clock) {
            return new OutboxGapStore(clock);
          }
        };
    contract.freshStore();
    try {
      assertThatThrownBy(contract::r31_aChangeCommittedLateByAnEarlierTransactionIsNotSkipped)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("could not find the following elements");
    } finally {
      contract.stopThreads();
    }
  }
}
