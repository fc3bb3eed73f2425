package io.fieldline.sync.store.contract;

import static io.fieldline.sync.store.contract.ContractData.conflict;
import static io.fieldline.sync.store.contract.ContractData.key;
import static io.fieldline.sync.store.contract.ContractData.record;
import static io.fieldline.sync.store.contract.ContractData.stored;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.store.LogPage;
import io.fieldline.sync.store.ScopePage;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Change;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract for scopes, the change log, retention and conflicts (R13, R28, R31-R39). */
public abstract class LogStoreContract extends RecordStoreContract {

  @Test
  void r37_membershipIsTrackedBothWaysAndIdempotently() {
    RecordKey key = key("v1");
    run(
        tx -> {
          tx.addMember("team-1", key);
          tx.addMember("team-1", key);
          tx.addMember("team-2", key);
        });
    assertThat(reads.scopesOf(key)).containsExactlyInAnyOrder("team-1", "team-2");

    run(
        tx -> {
          tx.removeMember("team-1", key);
          tx.removeMember("team-1", key);
        });
    assertThat(reads.isMember("team-1", key)).isFalse();
    assertThat(reads.scopesOf(key)).containsExactly("team-2");
  }

  @Test
  void r34_scopeRecordsPageLiveMembersInKeyOrder() {
    List<RecordKey> keys =
        List.of(key("a"), key("b"), key("c"), key("d"), key("e")).stream()
            .sorted()
            .collect(Collectors.toList());
    run(
        tx -> {
          for (RecordKey k : keys) {
            tx.putRecord(record(k, 1, "x", k.equals(keys.get(1))));
            tx.addMember("team-1", k);
          }
          tx.putRecord(record(key("other"), 1, "x"));
          tx.addMember("team-2", key("other"));
        });

    ScopePage first = reads.scopeRecords("team-1", Optional.empty(), 2);
    ScopePage second = reads.scopeRecords("team-1", Optional.of(first.records().get(1).key()), 2);

    assertThat(first.records())
        .extracting(RecordState::key)
        .containsExactly(keys.get(0), keys.get(2));
    assertThat(first.hasMore()).isTrue();
    assertThat(second.records())
        .extracting(RecordState::key)
        .containsExactly(keys.get(3), keys.get(4));
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void r31_eachTransactionGetsOneHigherPositionForAllItsChanges() {
    RecordKey a = key("a");
    RecordKey b = key("b");
    run(
        tx -> {
          tx.appendChange("team-1", new Change.Evict(a));
          tx.appendChange("team-1", new Change.Evict(b));
        });
    run(tx -> tx.appendChange("team-1", new Change.Evict(a)));

    List<LogEntry> log = reads.readChanges("team-1", 0, 10).entries();

    assertThat(log).extracting(LogEntry::index).containsExactly(0, 1, 0);
    assertThat(log.get(0).position()).isEqualTo(log.get(1).position());
    assertThat(log.get(2).position()).isGreaterThan(log.get(1).position());
    assertThat(reads.headPosition()).isEqualTo(log.get(2).position());
    assertThat(log)
        .extracting(LogEntry::change)
        .containsExactly(new Change.Evict(a), new Change.Evict(b), new Change.Evict(a));
  }

  @Test
  void r32_readingChangesNeverSplitsAPosition() {
    run(
        tx -> {
          for (String name : List.of("a", "b", "c")) {
            tx.appendChange("team-1", new Change.Evict(key(name)));
          }
        });
    run(tx -> tx.appendChange("team-1", new Change.Evict(key("d"))));

    LogPage page = reads.readChanges("team-1", 0, 2);
    LogPage next = reads.readChanges("team-1", page.entries().get(2).position(), 2);

    assertThat(page.entries()).hasSize(3);
    assertThat(page.hasMore()).isTrue();
    assertThat(next.entries()).hasSize(1);
    assertThat(next.hasMore()).isFalse();
  }

  @Test
  void r37_changesAreReadPerScope() {
    run(
        tx -> {
          tx.appendChange("team-1", new Change.Evict(key("a")));
          tx.appendChange("team-2", new Change.Evict(key("b")));
        });

    assertThat(reads.readChanges("team-2", 0, 10).entries())
        .extracting(LogEntry::change)
        .containsExactly(new Change.Evict(key("b")));
  }

  @Test
  void r39_compactionRemovesRowsBeforeTheCutoffAndRaisesTheWatermark() {
    run(tx -> tx.appendChange("team-1", new Change.Evict(key("old"))));
    long oldPosition = reads.headPosition();
    clock.advance(Duration.ofDays(100));
    run(tx -> tx.appendChange("team-1", new Change.Evict(key("new"))));

    run(tx -> tx.compactBefore(TestServer.T0.plus(Duration.ofDays(50))));

    assertThat(reads.compactedThrough()).isEqualTo(oldPosition);
    assertThat(reads.readChanges("team-1", 0, 10).entries())
        .extracting(LogEntry::change)
        .containsExactly(new Change.Evict(key("new")));
  }

  @Test
  void r13_compactionDropsOldResultsAndSupersededVersionsButNeverTheCurrentVersion() {
    RecordKey stable = key("stable");
    RecordKey edited = key("edited");
    run(
        tx -> {
          tx.putStoredMutation(stored("dev-a", 1, clock.instant()));
          tx.putRecord(record(stable, 1, "kept"));
          tx.putRecord(record(edited, 1, "old"));
        });
    clock.advance(Duration.ofDays(100));
    run(
        tx -> {
          tx.putStoredMutation(stored("dev-a", 2, clock.instant()));
          tx.putRecord(record(edited, 2, "new"));
        });
    clock.advance(Duration.ofDays(100));
    run(tx -> tx.putStoredMutation(stored("dev-a", 3, clock.instant())));

    run(tx -> tx.compactBefore(TestServer.T0.plus(Duration.ofDays(150))));

    assertThat(reads.storedMutation("dev-a", 2)).isEmpty();
    assertThat(reads.storedMutation("dev-a", 3)).isPresent();
    assertThat(reads.recordVersion(stable, 1)).isPresent();
    assertThat(reads.recordVersion(edited, 1)).isEmpty();
    assertThat(reads.recordVersion(edited, 2)).isPresent();
  }

  @Test
  void r39_versionsSupersededWithinTheHorizonAreKept() {
    RecordKey key = key("v");
    run(tx -> tx.putRecord(record(key, 1, "old")));
    clock.advance(Duration.ofDays(100));
    run(tx -> tx.putRecord(record(key, 2, "new")));

    run(tx -> tx.compactBefore(TestServer.T0.plus(Duration.ofDays(50))));

    assertThat(reads.recordVersion(key, 1)).isPresent();
  }

  @Test
  void r28_conflictsAreStoredReplacedAndListedPerRecord() {
    RecordKey key = key("v1");
    ConflictRecord open = conflict(key, 1, clock.instant());
    ConflictRecord other = conflict(key, 2, clock.instant());
    run(
        tx -> {
          tx.putConflict(open);
          tx.putConflict(other);
          tx.putConflict(conflict(key("v2"), 3, clock.instant()));
        });
    ConflictRecord resolved =
        open.withStatus(new ConflictStatus.Resolved("dispatcher-1", clock.instant(), 3));
    run(tx -> tx.putConflict(resolved));

    assertThat(reads.conflict(open.id())).hasValue(resolved);
    assertThat(reads.conflictsOf(key)).containsExactly(resolved, other);
  }
}
