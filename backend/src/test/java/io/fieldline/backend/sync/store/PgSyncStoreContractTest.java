package io.fieldline.backend.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.backend.support.Tenants;
import io.fieldline.sync.conformance.ManualClock;
import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.store.contract.SyncStoreContract;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.wire.Change;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The sync-protocol store contract, run against the PostgreSQL store on the real database. Each
 * test gets a fresh tenant, so it starts from an empty store.
 */
@QuarkusTest
class PgSyncStoreContractTest extends SyncStoreContract {

  @Inject DataSource dataSource;

  @Override
  protected SyncStore newStore(ManualClock clock) {
    return new PgSyncStore(
        dataSource, Tenants.create(dataSource, "contract"), clock, DomainSink.NONE);
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
  }

  @Test
  void r31_storesOfTwoTenantsKeepSeparateLogs() {
    SyncStore other = newStore(clock);
    run(tx -> tx.appendChange("team-1", new Change.Evict(TestIds.key("visit", "mine"))));

    List<LogEntry> seen = other.inTransaction(tx -> tx.readChanges("team-1", 0, 10).entries());
    long head = other.inTransaction(StoreTx::headPosition);

    assertThat(seen).isEmpty();
    assertThat(head).isZero();
  }
}
