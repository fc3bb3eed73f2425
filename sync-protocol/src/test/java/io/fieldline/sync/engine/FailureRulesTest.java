package io.fieldline.sync.engine;

import static io.fieldline.sync.testing.MutationBuilder.aCreate;
import static io.fieldline.sync.testing.MutationBuilder.anUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.conformance.FaultInjectingStore;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.merge.FieldlinePolicies;
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
import io.fieldline.sync.wire.MalformedMutation;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.RejectedResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Permanent and temporary failures, retention of results, caps and scope (R11-R17). */
class FailureRulesTest {

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
  void r11_aPermanentFailureIsRecordedAndTheBatchContinues() {
    Mutation bad = MutationBuilder.aVisitNoteUpdate().sequence(1).field("colour", "red").build();

    PushResult result = server.push("dev-a", bad, note(2, "fine"));

    assertThat(code(result.results().get(0))).isEqualTo(SyncErrorCode.INVALID_PAYLOAD);
    assertThat(result.results().get(1)).isInstanceOf(AppliedResult.class);
    assertThat(server.lastSequence("dev-a")).isEqualTo(2);
    assertThat(server.stored("dev-a", 1).result()).isEqualTo(result.results().get(0));
  }

  @Test
  void r12_aTemporaryFailureStopsTheBatchWithoutAdvancing() {
    FaultInjectingStore[] faults = new FaultInjectingStore[1];
    TestServer flaky =
        TestServer.create(
            FieldlinePolicies.registry(),
            EngineConfig.defaults(),
            s -> faults[0] = new FaultInjectingStore(s));
    flaky.seedVisit("visit-1");
    faults[0].failClaim("dev-a", 2);

    PushResult result = flaky.push("dev-a", note(1, "a"), note(2, "b"), note(3, "c"));

    assertThat(result.results()).hasSize(1);
    assertThat(result.end()).isInstanceOf(BatchEnd.RetryLater.class);
    BatchEnd.RetryLater retry = (BatchEnd.RetryLater) result.end();
    assertThat(retry.sequence()).isEqualTo(2);
    assertThat(retry.retryAfterMillis()).isEqualTo(1000);
    assertThat(flaky.lastSequence("dev-a")).isEqualTo(1);
    assertThat(flaky.push("dev-a", note(2, "b"), note(3, "c")).results())
        .allMatch(r -> r instanceof AppliedResult);
  }

  @Test
  void r12_aLostRaceIsRetriedInProcessBeforeGivingUp() {
    FailingStore[] store = new FailingStore[1];
    TestServer racing =
        TestServer.create(
            FieldlinePolicies.registry(),
            EngineConfig.defaults(),
            s ->
                store[0] =
                    FailingStore.failing(
                        s, "claimSequence", 2, TransientStoreException.Kind.CONFLICT));
    racing.seedVisit("visit-1");

    assertThat(racing.push("dev-a", note(1, "a")).results().get(0))
        .isInstanceOf(AppliedResult.class);
    assertThat(store[0].remaining()).isZero();
  }

  @Test
  void r12_aStoreDownBeforeAnythingStartedIsARetryableRefusal() {
    FailingStore[] store = new FailingStore[1];
    TestServer down =
        TestServer.create(
            FieldlinePolicies.registry(),
            EngineConfig.defaults(),
            s ->
                store[0] =
                    FailingStore.failing(
                        s, "inTransaction", 0, TransientStoreException.Kind.UNAVAILABLE));
    store[0].arm(1);

    PushResponse response = down.pushAs("tech-a", "dev-a", note(1, "a"));

    assertThat(response).isInstanceOf(Refusal.Retryable.class);
    assertThat(((Refusal.Retryable) response).retryAfterMillis()).isEqualTo(1000);
  }

  @Test
  void r13_aReplayBeyondTheRetentionHorizonIsResultExpired() {
    server.push("dev-a", note(1, "a"));
    server.clock.advance(Duration.ofDays(91));
    server.engine.compact();

    MutationResult replay = server.push("dev-a", note(1, "a")).results().get(0);

    assertThat(code(replay)).isEqualTo(SyncErrorCode.RESULT_EXPIRED);
  }

  @Test
  void r13_resultsWithinTheHorizonAreKept() {
    server.push("dev-a", note(1, "a"));
    server.clock.advance(Duration.ofDays(89));
    server.engine.compact();

    assertThat(server.push("dev-a", note(1, "a")).results().get(0))
        .isInstanceOf(DuplicateResult.class);
  }

  @Test
  void r14_moreMutationsThanTheCapIsBatchTooLarge() {
    TestServer capped = TestServer.create(EngineConfig.defaults().withMaxMutationsPerPush(2));
    capped.seedVisit("visit-1");

    PushResponse response =
        capped.pushAs("tech-a", "dev-a", note(1, "a"), note(2, "b"), note(3, "c"));

    assertThat(response).isInstanceOf(Refusal.BatchTooLarge.class);
    assertThat(((Refusal.BatchTooLarge) response).maxMutations()).isEqualTo(2);
    assertThat(capped.lastSequence("dev-a")).isZero();
  }

  @Test
  void r15_anUnknownEntityTypeIsInvalidPayload() {
    Mutation m = aCreate(TestIds.key("spaceship", "s-1"), Fields.of("name", "x")).build();

    assertThat(code(server.push("dev-a", m).results().get(0)))
        .isEqualTo(SyncErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void r15_aMalformedMutationIsRecordedAndDoesNotBlockTheQueue() {
    MalformedMutation malformed =
        new MalformedMutation(
            1, "mutations[0].operation: unknown operation 'upsert'", "a".repeat(64));
    PushRequest request =
        new PushRequest(ProtocolVersion.CURRENT, "dev-a", List.of(malformed, note(2, "next")));

    PushResult result = (PushResult) server.engine.push(new Caller("tech-a"), request);

    assertThat(code(result.results().get(0))).isEqualTo(SyncErrorCode.INVALID_PAYLOAD);
    assertThat(((RejectedResult) result.results().get(0)).message()).contains("upsert");
    assertThat(result.results().get(1)).isInstanceOf(AppliedResult.class);
  }

  @Test
  void r15_aMissingRequiredFieldOnCreateIsValidationFailed() {
    Mutation m =
        aCreate(TestIds.key("visit_report", "r-1"), Fields.of("summary", "ok", "status", "DRAFT"))
            .build();

    assertThat(code(server.push("dev-a", m).results().get(0)))
        .isEqualTo(SyncErrorCode.VALIDATION_FAILED);
  }

  @Test
  void r15_aBusinessRuleViolationIsValidationFailed() {
    Mutation quote =
        aCreate(
                TestIds.key("quote", "q-1"),
                Fields.of("account_id", "acct-1", "status", "DRAFT", "discount_percent", 120))
            .build();

    RejectedResult result = (RejectedResult) server.push("dev-a", quote).results().get(0);
    assertThat(result.code()).isEqualTo(SyncErrorCode.VALIDATION_FAILED);
    assertThat(result.message()).startsWith("discount_in_range");
  }

  @Test
  void r16_aRecordOutsideTheScopeLooksExactlyLikeAMissingOne() {
    RejectedResult foreign = (RejectedResult) server.push("dev-c", note(1, "x")).results().get(0);
    Mutation missing =
        anUpdate(TestIds.key("visit", "no-such-visit"), 1, Fields.of("notes", "x"))
            .sequence(2)
            .build();
    RejectedResult absent = (RejectedResult) server.push("dev-c", missing).results().get(0);

    assertThat(foreign.code()).isEqualTo(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN);
    assertThat(absent.code()).isEqualTo(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN);
    assertThat(foreign.message().replace(visit.toString(), "K"))
        .isEqualTo(absent.message().replace(missing.key().toString(), "K"));
  }

  @Test
  void r16_theScopeIsCheckedWhenTheMutationIsAppliedNotWhenTheDevicePulled() {
    server.engine.server().evict(TestServer.TEAM_1, List.of(visit));

    assertThat(code(server.push("dev-a", note(1, "too late")).results().get(0)))
        .isEqualTo(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN);
  }

  @Test
  void r17_aCreatedRecordKeepsTheDeviceIdAndJoinsTheDeviceScope() {
    RecordKey activity = TestIds.key("activity", "call-1");
    Mutation create =
        aCreate(activity, Fields.of("kind", "call", "subject", "Renewal")).sequence(1).build();

    assertThat(server.push("dev-a", create).results().get(0))
        .isEqualTo(new AppliedResult(1, 1, Set.of()));
    Set<String> scopes = server.store.inTransaction(tx -> tx.scopesOf(activity));
    assertThat(scopes).containsExactly(TestServer.TEAM_1);
  }

  @Test
  void r17_creatingAnExistingIdIsRecordExists() {
    Mutation create = aCreate(visit, TestServer.baselineVisit()).build();

    assertThat(code(server.push("dev-a", create).results().get(0)))
        .isEqualTo(SyncErrorCode.RECORD_EXISTS);
  }
}
