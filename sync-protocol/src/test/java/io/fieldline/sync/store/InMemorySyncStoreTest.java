package io.fieldline.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.store.contract.SyncStoreContract;
import org.junit.jupiter.api.Test;

/** The reference store passes the whole contract, plus its own rules. */
class InMemorySyncStoreTest extends SyncStoreContract {

  @Override
  protected SyncStore newStore(ManualClock clock) {
    return new InMemorySyncStore(clock);
  }

  @Test
  void r6_nestedTransactionsAreRefused() {
    assertThatThrownBy(() -> tx(outer -> tx(inner -> inner.lastSequence("dev-a"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("nested transactions are not supported");
  }

  @Test
  void r6_aTransactionCannotBeUsedAfterItEnded() {
    StoreTx leaked = tx(tx -> tx);

    assertThatThrownBy(() -> leaked.lastSequence("dev-a"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(reads.lastSequence("dev-a")).isZero();
  }
}
