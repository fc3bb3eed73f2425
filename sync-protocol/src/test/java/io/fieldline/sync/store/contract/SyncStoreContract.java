package io.fieldline.sync.store.contract;

import static io.fieldline.sync.store.contract.ContractData.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.store.TransientStoreException;
import io.fieldline.sync.wire.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole store contract every {@link io.fieldline.sync.store.SyncStore} must pass: extend this
 * class and return a fresh, empty store from {@link #newStore} whose commit times come from the
 * given clock. This last part checks concurrency; it works for stores that run transactions
 * concurrently and for stores that serialise them (it never waits on a blocked transaction without
 * a timeout).
 */
public abstract class SyncStoreContract extends LogStoreContract {

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  protected void stopThreads() {
    pool.shutdownNow();
  }

  /**
   * The outbox-gap bug: transaction A appends first (lower position if positions were taken at
   * append time) but commits after transaction B, and a reader reads in between. Whatever the
   * reader saw, reading on from its cursor after A commits must deliver A's change: no change is
   * ever skipped.
   */
  @Test
  void r31_aChangeCommittedLateByAnEarlierTransactionIsNotSkipped() throws Exception {
    CountDownLatch aAppended = new CountDownLatch(1);
    CountDownLatch releaseA = new CountDownLatch(1);
    Future<?> a =
        pool.submit(
            () ->
                run(
                    tx -> {
                      tx.appendChange("team-1", new Change.Evict(key("late")));
                      aAppended.countDown();
                      await(releaseA);
                    }));
    assertThat(aAppended.await(5, TimeUnit.SECONDS)).isTrue();
    Future<?> b =
        pool.submit(() -> run(tx -> tx.appendChange("team-1", new Change.Evict(key("early")))));
    waitBriefly(b);
    Future<List<LogEntry>> reader =
        pool.submit(() -> reads.readChanges("team-1", 0, 100).entries());
    waitBriefly(reader);

    releaseA.countDown();
    a.get(5, TimeUnit.SECONDS);
    b.get(5, TimeUnit.SECONDS);
    List<LogEntry> seen = reader.get(5, TimeUnit.SECONDS);
    long cursor = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).position();
    List<LogEntry> rest = reads.readChanges("team-1", cursor, 100).entries();

    List<Change> delivered = new ArrayList<>();
    seen.forEach(e -> delivered.add(e.change()));
    rest.forEach(e -> delivered.add(e.change()));
    assertThat(delivered)
        .containsExactlyInAnyOrder(new Change.Evict(key("late")), new Change.Evict(key("early")));
  }

  @Test
  void r6_concurrentClaimsOfOneSequenceLetExactlyOneWin() throws Exception {
    AtomicInteger won = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> claims = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      claims.add(
          pool.submit(
              () -> {
                await(start);
                try {
                  run(tx -> tx.claimSequence("dev-a", 1));
                  won.incrementAndGet();
                } catch (TransientStoreException e) {
                  lost.incrementAndGet();
                }
              }));
    }
    start.countDown();
    for (Future<?> claim : claims) {
      claim.get(10, TimeUnit.SECONDS);
    }

    assertThat(won.get()).isEqualTo(1);
    assertThat(lost.get()).isEqualTo(2);
    assertThat(reads.lastSequence("dev-a")).isEqualTo(1);
  }

  private static void waitBriefly(Future<?> future) throws Exception {
    try {
      future.get(300, TimeUnit.MILLISECONDS);
    } catch (TimeoutException serialisingStore) {
      // the store serialises transactions: the call completes once A commits
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
