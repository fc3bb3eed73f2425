package io.fieldline.sync.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The client rules (R11, R12, R33, R35-R41), shown by the replica against the reference server. */
class ReplicaClientTest {

  private final TestServer server = TestServer.create();
  private final JsonEndpoint endpoint = new JsonEndpoint(server.engine);
  private final RecordKey visit = server.seedVisit("visit-1");
  private final RecordKey stock =
      server.seed(
          TestIds.key("stock_movement", "van-1/filter"),
          Fields.of("van_id", "van-1", "product_id", "filter", "quantity", 10),
          TestServer.TEAM_1);

  private ReplicaClient client(String device, String owner) {
    return new ReplicaClient(
        device, new EndpointTransport(endpoint, owner), FieldlinePolicies.registry());
  }

  private ReplicaClient synced(String device, String owner) {
    ReplicaClient client = client(device, owner);
    assertThat(client.pullToCheckpoint(10)).isTrue();
    return client;
  }

  private FieldValue seen(ReplicaClient client, RecordKey key, String field) {
    return client.view(key).orElseThrow().get(field);
  }

  @Test
  void r41_pendingEditsStayOnTopOfTheServerCopyAcrossPulls() {
    ReplicaClient a = synced("dev-a", "tech-a");
    a.update(visit, Fields.of("notes", "offline note"), server.clock.instant());
    a.update(stock, Fields.of("quantity", -2), server.clock.instant());
    server.engine.server().update(visit, Fields.of("status", "EN_ROUTE"));
    server.engine.server().update(stock, Fields.of("quantity", 20));

    a.pullToCheckpoint(10);

    assertThat(seen(a, visit, "notes")).isEqualTo(FieldValue.of("offline note"));
    assertThat(seen(a, visit, "status")).isEqualTo(FieldValue.of("EN_ROUTE"));
    assertThat(seen(a, stock, "quantity")).isEqualTo(FieldValue.of(18));
    assertThat(a.outbox).hasSize(2);
    a.push(10);
    assertThat(server.record(stock).state().value("quantity")).isEqualTo(FieldValue.of(18));
  }

  @Test
  void r23_stockDeltasFromTwoDevicesAddUp() {
    ReplicaClient a = synced("dev-a", "tech-a");
    ReplicaClient b = synced("dev-b", "tech-b");
    a.update(stock, Fields.of("quantity", -3), server.clock.instant());
    b.update(stock, Fields.of("quantity", -4), server.clock.instant());

    a.push(10);
    b.push(10);
    a.pullToCheckpoint(10);
    b.pullToCheckpoint(10);

    assertThat(seen(a, stock, "quantity")).isEqualTo(FieldValue.of(3));
    assertThat(seen(b, stock, "quantity")).isEqualTo(FieldValue.of(3));
  }

  @Test
  void r40_aResyncKeepsTheOutboxAndItIsPushedAfterwards() {
    ReplicaClient a = synced("dev-a", "tech-a");
    a.update(visit, Fields.of("notes", "written before a long holiday"), server.clock.instant());
    server.engine.server().update(visit, Fields.of("status", "EN_ROUTE"));
    server.clock.advance(Duration.ofDays(120));
    server.engine.compact();

    assertThat(a.pullToCheckpoint(10)).isTrue();

    assertThat(a.resyncs).isEqualTo(1);
    assertThat(a.outbox).hasSize(1);
    assertThat(seen(a, visit, "status")).isEqualTo(FieldValue.of("EN_ROUTE"));
    a.push(10);
    assertThat(server.record(visit).state().value("notes"))
        .isEqualTo(FieldValue.of("written before a long holiday"));
  }

  @Test
  void r38_anEvictedRecordsEditsAreKeptPushedAndArchivedForTheUser() {
    ReplicaClient a = synced("dev-a", "tech-a");
    a.update(visit, Fields.of("notes", "work done after reassignment"), server.clock.instant());
    server.engine.server().evict(TestServer.TEAM_1, List.of(visit));

    a.pullToCheckpoint(10);
    assertThat(a.copy.get(visit)).isNull();
    assertThat(a.outbox).hasSize(1);
    a.push(10);

    assertThat(a.outbox).isEmpty();
    assertThat(a.archive).hasSize(1);
    assertThat(a.archive.get(0).result().code()).isEqualTo(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN);
    assertThat(a.archive.get(0).mutation().fields())
        .containsEntry("notes", FieldValue.of("work done after reassignment"));
  }

  @Test
  void r33_aChecksumMismatchMakesTheClientResync() {
    ReplicaClient a = synced("dev-a", "tech-a");
    RecordState bogus =
        new RecordState(TestIds.key("visit", "ghost"), 1, false, Map.of(), Map.of());
    a.copy.apply(new Change.Upsert(bogus));

    assertThat(a.pullToCheckpoint(10)).isTrue();

    assertThat(a.resyncs).isEqualTo(1);
    assertThat(a.copy.records()).doesNotContainKey(bogus.key());
  }

  @Test
  void r35_anOlderUpsertNeverReplacesANewerCopy() {
    ServerCopy copy = new ServerCopy();
    RecordState v2 = server.record(visit).state();
    server.engine.server().update(visit, Fields.of("notes", "newer"));
    RecordState v3 = server.record(visit).state();

    copy.apply(new Change.Upsert(v3));
    copy.apply(new Change.Upsert(v2));

    assertThat(copy.get(visit)).isEqualTo(v3);
  }

  @Test
  void r36_aPulledDeleteRemovesTheRecord() {
    ReplicaClient a = synced("dev-a", "tech-a");
    server.engine.server().delete(stock);

    a.pullToCheckpoint(10);

    assertThat(a.view(stock)).isEmpty();
  }

  @Test
  void r37_aGrantBringsTheRecordAndItsRelatedRecords() {
    RecordKey account = server.seed(TestIds.key("account", "acme"), Fields.of("name", "Acme"));
    ReplicaClient c = synced("dev-c", "tech-c");
    server.engine.server().grant(TestServer.TEAM_2, visit, List.of(account));

    c.pullToCheckpoint(10);

    assertThat(c.copy.records()).containsOnlyKeys(visit, account);
  }

  @Test
  void r11_aRejectedMutationLeavesTheOutboxAndIsArchived() {
    ReplicaClient a = synced("dev-a", "tech-a");
    a.update(visit, Fields.of("status", "COMPLETED"), server.clock.instant());
    a.create(
        TestIds.key("quote", "q-1"),
        Fields.of("account_id", "acct-1", "status", "DRAFT", "discount_percent", 150),
        server.clock.instant());

    a.push(10);

    assertThat(a.outbox).isEmpty();
    assertThat(a.archive)
        .extracting(r -> r.result().code())
        .containsExactly(SyncErrorCode.VALIDATION_FAILED);
    assertThat(a.settled).hasSize(2);
  }

  @Test
  void r7_aLostResponseIsRecoveredByResendingAndNothingIsAppliedTwice() {
    Transport real = new EndpointTransport(endpoint, "tech-a");
    Transport losesFirstAnswer =
        new Transport() {
          private boolean lost;

          @Override
          public Optional<PushResponse> push(PushRequest request) {
            Optional<PushResponse> answer = real.push(request);
            if (!lost) {
              lost = true;
              return Optional.empty();
            }
            return answer;
          }

          @Override
          public Optional<PullResponse> pull(PullRequest request) {
            return real.pull(request);
          }
        };
    ReplicaClient a = new ReplicaClient("dev-a", losesFirstAnswer, FieldlinePolicies.registry());
    a.pullToCheckpoint(10);
    a.update(stock, Fields.of("quantity", -1), server.clock.instant());

    assertThat(a.push(10)).isEqualTo(ReplicaClient.PushStatus.LOST);
    assertThat(a.push(10)).isEqualTo(ReplicaClient.PushStatus.SENT);

    assertThat(a.outbox).isEmpty();
    assertThat(server.record(stock).state().value("quantity")).isEqualTo(FieldValue.of(9));
  }

  @Test
  void r12_theClientBacksOffExponentiallyWithJitterAndHonoursTheHint() {
    SplittableRandom random = new SplittableRandom(12);
    long previousCeiling = 0;
    for (int attempt = 0; attempt < 8; attempt++) {
      long ceiling = Math.max(1000, Math.min(300_000L, 500L << attempt));
      long delay = ReplicaClient.backoffMillis(attempt, 1000, random);
      assertThat(delay).isBetween(1000L, ceiling);
      assertThat(ceiling).isGreaterThanOrEqualTo(previousCeiling);
      previousCeiling = ceiling;
    }
    assertThat(ReplicaClient.backoffMillis(30, 1000, random)).isLessThanOrEqualTo(300_000L);
  }

  @Test
  void r32_aClientWalksSmallPagesToTheSameStateAsOneLargePage() {
    for (int i = 0; i < 6; i++) {
      server.seedVisit("extra-" + i);
    }
    ReplicaClient small = client("dev-a", "tech-a");
    ReplicaClient large = client("dev-b", "tech-b");

    small.pullToCheckpoint(1);
    large.pullToCheckpoint(100);

    assertThat(small.copy.records()).isEqualTo(large.copy.records()).hasSize(8);
    assertThat(small.resyncs).isZero();
  }
}
