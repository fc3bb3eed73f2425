package io.fieldline.sync.store.contract;

import static io.fieldline.sync.store.contract.ContractData.conflict;
import static io.fieldline.sync.store.contract.ContractData.key;
import static io.fieldline.sync.store.contract.ContractData.record;
import static io.fieldline.sync.store.contract.ContractData.stored;
import static io.fieldline.sync.store.contract.ContractData.upsert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.TransientStoreException;
import org.junit.jupiter.api.Test;

/** The contract for devices, sequences, stored results, records and rollback (R6, R7, R19). */
public abstract class RecordStoreContract extends StoreContractBase {

  @Test
  void r3_devicesAreRegisteredAndReRegistered() {
    run(tx -> tx.putDevice(new DeviceInfo("dev-a", "tech-a", "team-1")));
    run(tx -> tx.putDevice(new DeviceInfo("dev-a", "tech-a", "team-2")));

    assertThat(reads.device("dev-a")).hasValue(new DeviceInfo("dev-a", "tech-a", "team-2"));
    assertThat(reads.device("dev-x")).isEmpty();
  }

  @Test
  void r6_claimingASequenceIsACompareAndSet() {
    assertThat(reads.lastSequence("dev-a")).isZero();
    run(tx -> tx.claimSequence("dev-a", 1));

    assertThatThrownBy(() -> run(tx -> tx.claimSequence("dev-a", 3)))
        .isInstanceOf(TransientStoreException.class)
        .extracting(e -> ((TransientStoreException) e).kind())
        .isEqualTo(TransientStoreException.Kind.CONFLICT);
    assertThatThrownBy(() -> run(tx -> tx.claimSequence("dev-a", 1)))
        .isInstanceOf(TransientStoreException.class);
    assertThat(reads.lastSequence("dev-a")).isEqualTo(1);
    assertThat(reads.lastSequence("dev-b")).isZero();
  }

  @Test
  void r6_aFailedTransactionLeavesNothingBehind() {
    RecordKey key = key("v1");
    assertThatThrownBy(
            () ->
                run(
                    tx -> {
                      tx.claimSequence("dev-a", 1);
                      tx.putRecord(record(key, 1, "x"));
                      tx.addMember("team-1", key);
                      tx.appendChange("team-1", upsert(record(key, 1, "x")));
                      tx.putStoredMutation(stored("dev-a", 1, clock.instant()));
                      tx.putConflict(conflict(key, 1, clock.instant()));
                      tx.putDevice(new DeviceInfo("dev-z", "u", "s"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(reads.lastSequence("dev-a")).isZero();
    assertThat(reads.record(key)).isEmpty();
    assertThat(reads.isMember("team-1", key)).isFalse();
    assertThat(reads.readChanges("team-1", 0, 10).entries()).isEmpty();
    assertThat(reads.storedMutation("dev-a", 1)).isEmpty();
    assertThat(reads.conflict(ConflictRecord.idFor("dev-a", 1))).isEmpty();
    assertThat(reads.device("dev-z")).isEmpty();
    assertThat(reads.headPosition()).isZero();
  }

  @Test
  void r7_storedResultsAreReadBackByDeviceAndSequence() {
    run(tx -> tx.putStoredMutation(stored("dev-a", 1, clock.instant())));

    assertThat(reads.storedMutation("dev-a", 1)).hasValue(stored("dev-a", 1, clock.instant()));
    assertThat(reads.storedMutation("dev-a", 2)).isEmpty();
    assertThat(reads.storedMutation("dev-b", 1)).isEmpty();
  }

  @Test
  void r19_recordsAreWrittenVersionByVersionAndTheHistoryIsKept() {
    RecordKey key = key("v1");
    run(tx -> tx.putRecord(record(key, 1, "one")));
    run(tx -> tx.putRecord(record(key, 2, "two")));

    assertThat(reads.record(key)).hasValue(record(key, 2, "two"));
    assertThat(reads.recordVersion(key, 1)).hasValue(record(key, 1, "one").state());
    assertThat(reads.recordVersion(key, 3)).isEmpty();
  }

  @Test
  void r6_aLostUpdateIsRefused() {
    RecordKey key = key("v1");
    run(tx -> tx.putRecord(record(key, 1, "one")));

    assertThatThrownBy(() -> run(tx -> tx.putRecord(record(key, 3, "three"))))
        .isInstanceOf(TransientStoreException.class);
    assertThatThrownBy(() -> run(tx -> tx.putRecord(record(key("v2"), 2, "two"))))
        .isInstanceOf(TransientStoreException.class);
  }

  @Test
  void r6_aTransactionReadsItsOwnWrites() {
    RecordKey key = key("v1");

    StoredRecord seen =
        tx(
            tx -> {
              tx.claimSequence("dev-a", 1);
              tx.putRecord(record(key, 1, "one"));
              tx.addMember("team-1", key);
              assertThat(tx.lastSequence("dev-a")).isEqualTo(1);
              assertThat(tx.isMember("team-1", key)).isTrue();
              return tx.record(key).orElseThrow();
            });

    assertThat(seen).isEqualTo(record(key, 1, "one"));
  }
}
