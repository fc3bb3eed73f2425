package io.fieldline.sync.engine;

import static io.fieldline.sync.testing.MutationBuilder.anUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.store.TransientStoreException;
import io.fieldline.sync.testing.FailingStore;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.RejectedResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions, device ownership and exactly-once (R1, R3, R6-R10), through the engine. */
class PushRulesTest {

  private final TestServer server = TestServer.create();
  private final RecordKey visit = server.seedVisit("visit-1");

  private static Mutation note(long sequence, String text) {
    return MutationBuilder.aVisitNoteUpdate().sequence(sequence).field("notes", text).build();
  }

  private static SyncErrorCode code(MutationResult result) {
    assertThat(result).isInstanceOf(RejectedResult.class);
    return ((RejectedResult) result).code();
  }

  @Test
  void r1_anUnsupportedVersionIsRefusedAndNothingApplied() {
    PushResponse response =
        server.engine.push(
            new Caller("tech-a"), PushRequest.of(99, "dev-a", List.of(note(1, "x"))));

    assertThat(response)
        .isEqualTo(
            new Refusal.UnsupportedVersion(
                99, ProtocolVersion.SUPPORTED, ((Refusal) response).message()));
    assertThat(server.lastSequence("dev-a")).isZero();
  }

  @Test
  void r1_aResultStatesTheProtocolVersionUsed() {
    assertThat(server.push("dev-a", note(1, "x")).protocolVersion())
        .isEqualTo(ProtocolVersion.CURRENT);
  }

  @Test
  void r3_aDeviceOfAnotherUserIsRefusedAndLoggedAsASecurityEvent() {
    PushResponse response = server.pushAs("tech-b", "dev-a", note(1, "x"));

    assertThat(response).isInstanceOf(Refusal.UnauthorizedDevice.class);
    assertThat(server.securityEvents).hasSize(1);
    assertThat(server.securityEvents.get(0).reason()).isEqualTo("device belongs to another user");
    assertThat(server.lastSequence("dev-a")).isZero();
  }

  @Test
  void r3_anUnknownDeviceGetsTheSameAnswer() {
    PushResponse response = server.pushAs("tech-a", "dev-unknown", note(1, "x"));

    assertThat(response).isInstanceOf(Refusal.UnauthorizedDevice.class);
    assertThat(((Refusal) response).message())
        .isEqualTo("device dev-unknown is not registered to the caller");
  }

  @Test
  void r6_sequencesStartAtOneAndAdvanceWithTheEffects() {
    PushResult result = server.push("dev-a", note(1, "a"), note(2, "b"));

    assertThat(result.results()).hasSize(2);
    assertThat(server.lastSequence("dev-a")).isEqualTo(2);
    assertThat(server.record(visit).state().value("notes")).isEqualTo(FieldValue.of("b"));
    assertThat(server.stored("dev-a", 2).result()).isEqualTo(result.results().get(1));
  }

  @Test
  void r6_effectsSequenceAndResultCommitTogetherOrNotAtAll() {
    TestServer failing =
        TestServer.create(
            FieldlinePolicies.registry(),
            EngineConfig.defaults(),
            s ->
                FailingStore.failing(
                    s, "putStoredMutation", 1, TransientStoreException.Kind.UNAVAILABLE));
    RecordKey key = failing.seedVisit("visit-1");

    PushResult result = failing.push("dev-a", note(1, "lost?"));

    assertThat(result.end()).isInstanceOf(BatchEnd.RetryLater.class);
    assertThat(failing.lastSequence("dev-a")).isZero();
    assertThat(failing.record(key).state().version()).isEqualTo(1);
    assertThat(failing.record(key).state().value("notes")).isEqualTo(FieldValue.of(""));
  }

  @Test
  void r7_aReplayedMutationReturnsTheStoredResultAndAppliesNothing() {
    MutationResult first = server.push("dev-a", note(1, "once")).results().get(0);
    long version = server.record(visit).state().version();

    MutationResult replay = server.push("dev-a", note(1, "once")).results().get(0);

    assertThat(replay).isEqualTo(new DuplicateResult(1, first));
    assertThat(server.record(visit).state().version()).isEqualTo(version);
  }

  @Test
  void r7_aReplayedBatchOfCounterDeltasCountsOnce() {
    RecordKey stock =
        server.seed(
            TestIds.key("stock_movement", "van-1/filter"),
            Fields.of("van_id", "van-1", "product_id", "filter", "quantity", 10),
            TestServer.TEAM_1);
    Mutation used = anUpdate(stock, 1, Fields.of("quantity", -2)).sequence(1).build();
    Mutation more = anUpdate(stock, 1, Fields.of("quantity", -3)).sequence(2).build();

    server.push("dev-a", used, more);
    PushResult replay = server.push("dev-a", used, more);

    assertThat(replay.results()).allMatch(r -> r instanceof DuplicateResult);
    assertThat(server.record(stock).state().value("quantity")).isEqualTo(FieldValue.of(5));
  }

  @Test
  void r8_theSameSequenceWithADifferentBodyIsRejectedAsReused() {
    MutationResult first = server.push("dev-a", note(1, "original")).results().get(0);

    MutationResult reused = server.push("dev-a", note(1, "something else")).results().get(0);

    assertThat(code(reused)).isEqualTo(SyncErrorCode.SEQUENCE_REUSED);
    assertThat(server.record(visit).state().value("notes")).isEqualTo(FieldValue.of("original"));
    assertThat(server.stored("dev-a", 1).result()).isEqualTo(first);
  }

  @Test
  void r9_aGapStopsTheBatchAndNamesTheExpectedSequence() {
    server.push("dev-a", note(1, "a"));

    PushResult result = server.push("dev-a", note(3, "c"), note(4, "d"));

    assertThat(result.results()).isEmpty();
    assertThat(result.end()).isEqualTo(new BatchEnd.OutOfOrder(3, 2));
    assertThat(server.lastSequence("dev-a")).isEqualTo(1);
  }

  @Test
  void r9_aGapMidBatchKeepsTheResultsBeforeIt() {
    PushResult result = server.push("dev-a", note(1, "a"), note(2, "b"), note(4, "d"));

    assertThat(result.results()).extracting(MutationResult::sequence).containsExactly(1L, 2L);
    assertThat(result.end()).isEqualTo(new BatchEnd.OutOfOrder(4, 3));
  }

  @Test
  void r10_oneResultPerMutationInOrder() {
    PushResult result = server.push("dev-a", note(1, "a"), note(2, "b"), note(3, "c"));

    assertThat(result.results()).extracting(MutationResult::sequence).containsExactly(1L, 2L, 3L);
    assertThat(result.results()).allMatch(r -> r instanceof AppliedResult);
    assertThat(((AppliedResult) result.results().get(2)).version()).isEqualTo(4);
    assertThat(result.end()).isEqualTo(new BatchEnd.Complete());
  }

  @Test
  void r10_mutationsSharingATransactionGetTheResultsOfOneTransactionEach() {
    TestServer alone = TestServer.create(EngineConfig.defaults().withMutationsPerTransaction(1));
    RecordKey aloneVisit = alone.seedVisit("visit-1");
    Mutation bad = MutationBuilder.aVisitNoteUpdate().sequence(3).field("colour", "red").build();
    Mutation[] batch = {note(1, "a"), note(2, "b"), bad, note(4, "d")};

    PushResult shared = server.push("dev-a", batch);
    PushResult separate = alone.push("dev-a", batch);

    assertThat(shared).isEqualTo(separate);
    assertThat(server.record(visit)).isEqualTo(alone.record(aloneVisit));
    assertThat(server.push("dev-a", batch)).isEqualTo(alone.push("dev-a", batch));
    assertThat(server.lastSequence("dev-a")).isEqualTo(4);
  }

  @Test
  void r10_aSharedTransactionThatLostARaceIsRedoneOneMutationEach() {
    FailingStore[] store = new FailingStore[1];
    TestServer racing =
        TestServer.create(
            FieldlinePolicies.registry(),
            EngineConfig.defaults(),
            s ->
                store[0] =
                    FailingStore.failing(
                        s, "putStoredMutation", 0, TransientStoreException.Kind.CONFLICT));
    RecordKey key = racing.seedVisit("visit-1");
    store[0].arm(1);

    PushResult result = racing.push("dev-a", note(1, "a"), note(2, "b"), note(3, "c"));

    assertThat(result.results()).allMatch(r -> r instanceof AppliedResult);
    assertThat(result.end()).isEqualTo(new BatchEnd.Complete());
    assertThat(store[0].remaining()).isZero();
    assertThat(racing.lastSequence("dev-a")).isEqualTo(3);
    assertThat(racing.record(key).state().version()).isEqualTo(4);
    assertThat(racing.record(key).state().value("notes")).isEqualTo(FieldValue.of("c"));
  }
}
