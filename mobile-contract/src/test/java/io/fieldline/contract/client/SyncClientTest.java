package io.fieldline.contract.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.conformance.FaultInjectingStore;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Mutation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client rules of PROTOCOL.md against the reference engine, one test per behaviour. */
class SyncClientTest {
  private final Phones phones = new Phones();

  private static Map<String, FieldValue> stock(int quantity) {
    return Fields.of("van_id", "van-1", "product_id", "filter-11", "quantity", quantity);
  }

  @Test
  void r5_r6_theOutboxNumbersMutationsFromOneAndKeepsThemAsWritten() {
    TestServer server = TestServer.create();
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    RecordKey key = a.create("stock_movement", stock(10));
    Mutation update = a.update(key, Fields.of("quantity", -3));
    a.delete(key);

    assertThat(a.outbox()).extracting(Mutation::sequence).containsExactly(1L, 2L, 3L);
    assertThat(a.outbox().get(1)).isEqualTo(update);
    assertThat(update.baseVersion()).isEqualTo(1);
  }

  @Test
  void r7_aResponseLostAfterCommitIsResentAndAppliedOnce() throws Exception {
    TestServer server = TestServer.create();
    RecordKey key = server.seed(TestIds.key("stock_movement", "s1"), stock(10), TestServer.TEAM_1);
    FaultyTransport net =
        new FaultyTransport(
            new EngineTransport(server.engine, "tech-a"),
            new FaultyTransport.Faults(1, 0, 0, 0),
            1);
    SyncClient a = phones.phone("dev-a", net);
    net.faults(FaultyTransport.Faults.NONE);
    a.pull();
    a.update(key, Fields.of("quantity", -2));

    net.faults(new FaultyTransport.Faults(1, 0, 0, 0));
    assertThat(a.push()).isFalse();
    assertThat(server.record(key).state().value("quantity")).isEqualTo(FieldValue.of(8));
    net.faults(FaultyTransport.Faults.NONE);
    assertThat(a.sync().complete()).isTrue();

    assertThat(a.stats().duplicatesReceived()).isEqualTo(1);
    assertThat(server.record(key).state().value("quantity")).isEqualTo(FieldValue.of(8));
    assertThat(a.view(key).orElseThrow().get("quantity")).isEqualTo(FieldValue.of(8));
    assertThat(a.outbox()).isEmpty();
  }

  @Test
  void r14_aBatchTooLargeIsSplitAndResentAtOnce() throws Exception {
    TestServer server = TestServer.create(EngineConfig.defaults().withMaxMutationsPerPush(3));
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    for (int i = 0; i < 10; i++) {
      a.create("stock_movement", stock(i));
    }

    assertThat(a.sync().complete()).isTrue();

    assertThat(a.stats().batchSplits()).isGreaterThanOrEqualTo(1);
    assertThat(phones.sleeps).isEmpty();
    assertThat(server.lastSequence("dev-a")).isEqualTo(10);
    assertThat(a.serverCopy()).hasSize(10);
  }

  @Test
  void r12_retryLaterIsResentAfterTheHintWithBackoff() throws Exception {
    FaultInjectingStore[] faults = new FaultInjectingStore[1];
    TestServer server =
        TestServer.create(
            FieldlinePolicies.registry(),
            EngineConfig.defaults(),
            s -> faults[0] = new FaultInjectingStore(s));
    faults[0].failClaim("dev-a", 2);
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    a.create("stock_movement", stock(1));
    a.create("stock_movement", stock(2));

    assertThat(a.sync().complete()).isTrue();

    assertThat(phones.sleeps).hasSize(1);
    assertThat(phones.sleeps.get(0))
        .isGreaterThanOrEqualTo(server.engine.config().retryAfterMillis());
    assertThat(server.lastSequence("dev-a")).isEqualTo(2);
  }

  @Test
  void backoffGrowsExponentiallyWithJitterAndRespectsTheHint() {
    Backoff backoff = new Backoff(100, 5_000, 3);
    for (int attempt = 1; attempt <= 8; attempt++) {
      long full = Math.min(5_000, 100L << (attempt - 1));
      long delay = backoff.delayMillis(attempt, 0);
      assertThat(delay).isBetween(full / 2, full);
    }
    assertThat(backoff.delayMillis(1, 2_000)).isGreaterThanOrEqualTo(2_000);
  }

  @Test
  void r11_aPermanentRejectionLeavesTheOutboxAndIsKeptForTheUser() throws Exception {
    TestServer server = TestServer.create();
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    a.create("stock_movement", Fields.of("van_id", "van-1", "quantity", 1));
    RecordKey good = a.create("stock_movement", stock(4));

    assertThat(a.sync().complete()).isTrue();

    List<RejectedMutation> rejected = a.rejected();
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).code()).isEqualTo(SyncErrorCode.VALIDATION_FAILED);
    assertThat(rejected.get(0).mutation().sequence()).isEqualTo(1);
    assertThat(a.serverCopy(good)).isPresent();

    a.resendRejected(1, stock(1));
    assertThat(a.sync().complete()).isTrue();
    assertThat(a.rejected()).isEmpty();
    assertThat(a.serverCopy()).hasSize(2);
  }

  @Test
  void r25_aHeldConflictLandsInTheConflictInbox() throws Exception {
    TestServer server = TestServer.create();
    RecordKey payment =
        server.seed(
            TestIds.key("payment", "p1"),
            Fields.of("order_id", "o-1", "amount", 100, "currency", "EUR", "status", "RECORDED"),
            TestServer.TEAM_1);
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    SyncClient b = phones.phone(server.engine, "dev-b", "tech-b");
    a.pull();
    b.pull();
    b.update(payment, Fields.of("amount", 120));
    b.sync();

    a.update(payment, Fields.of("amount", 90));
    a.sync();

    assertThat(a.conflicts()).hasSize(1);
    HeldConflict conflict = a.conflicts().get(0);
    assertThat(conflict.key()).isEqualTo(payment);
    assertThat(conflict.held()).extracting(h -> h.field()).containsExactly("amount");
    assertThat(conflict.mine()).containsEntry("amount", FieldValue.of(90));
    assertThat(a.view(payment).orElseThrow().get("amount")).isEqualTo(FieldValue.of(120));
    a.acknowledgeConflict(conflict.conflictId());
    assertThat(a.conflicts()).isEmpty();
  }

  @Test
  void r40_resyncRequiredRebuildsTheCopyAndKeepsTheOutbox() throws Exception {
    TestServer server = TestServer.create();
    RecordKey visit = server.seedVisit("v1");
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    a.pull();
    a.update(visit, Fields.of("notes", "written offline"));
    server.engine.server().update(visit, Fields.of("status", "EN_ROUTE"));
    server.clock.advance(Duration.ofDays(91));
    server.engine.compact();

    assertThat(a.pull()).isGreaterThanOrEqualTo(0);

    assertThat(a.stats().resyncs()).isEqualTo(1);
    assertThat(a.outbox()).hasSize(1);
    assertThat(a.view(visit).orElseThrow().get("notes"))
        .isEqualTo(FieldValue.of("written offline"));
    assertThat(a.serverCopy(visit).orElseThrow().value("status"))
        .isEqualTo(FieldValue.of("EN_ROUTE"));
    assertThat(a.sync().complete()).isTrue();
    assertThat(server.record(visit).state().value("notes"))
        .isEqualTo(FieldValue.of("written offline"));
  }

  @Test
  void r33_aChecksumMismatchAtTheCheckpointTriggersAResync() throws Exception {
    TestServer server = TestServer.create();
    RecordKey visit = server.seedVisit("v1");
    LocalStore store = LocalStore.open(":memory:");
    SyncClient a =
        SyncClient.builder(store, "dev-a", new EngineTransport(server.engine, "tech-a")).build();
    a.pull();
    store.inTx(c -> LocalStore.update(c, "delete from record"));

    a.pull();

    assertThat(a.stats().resyncs()).isEqualTo(1);
    assertThat(a.serverCopy(visit)).isPresent();
  }

  @Test
  void r41_pendingCounterDeltasAndAppendOnlyElementsShowOnTopOfTheServerCopy() throws Exception {
    TestServer server = TestServer.create();
    RecordKey s = server.seed(TestIds.key("stock_movement", "s1"), stock(10), TestServer.TEAM_1);
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    a.pull();
    a.update(s, Fields.of("quantity", -2));
    a.update(s, Fields.of("quantity", -1));
    a.update(s, Fields.of("movements", Fields.list(Fields.element("m1", "qty", 2))));

    Map<String, FieldValue> seen = a.view(s).orElseThrow();

    assertThat(seen.get("quantity")).isEqualTo(FieldValue.of(7));
    assertThat(seen.get("movements")).isEqualTo(Fields.list(Fields.element("m1", "qty", 2)));
    assertThat(a.serverCopy(s).orElseThrow().value("quantity")).isEqualTo(FieldValue.of(10));
  }

  @Test
  void r38_anEvictedRecordsEditIsPushedAndKeptAsUndelivered() throws Exception {
    TestServer server = TestServer.create();
    RecordKey visit = server.seedVisit("v1");
    SyncClient a = phones.phone(server.engine, "dev-a", "tech-a");
    a.pull();
    a.update(visit, Fields.of("notes", "done"));
    server.engine.server().evict(TestServer.TEAM_1, List.of(visit));

    a.pull();
    assertThat(a.serverCopy(visit)).isEmpty();
    assertThat(a.outbox()).hasSize(1);
    a.sync();

    assertThat(a.rejected())
        .extracting(RejectedMutation::code)
        .containsExactly(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN);
  }

  @Test
  void offlineKeepsTheOutboxAndOnlineDeliversIt() throws Exception {
    TestServer server = TestServer.create();
    FaultyTransport net =
        new FaultyTransport(
            new EngineTransport(server.engine, "tech-a"), FaultyTransport.Faults.NONE, 1);
    SyncClient a = phones.phone("dev-a", net);
    net.offline(true);
    RecordKey key = a.create("stock_movement", stock(3));

    SyncReport offline = a.sync();

    assertThat(offline.complete()).isFalse();
    assertThat(offline.pending()).isEqualTo(1);
    assertThat(a.view(key)).isPresent();
    assertThat(phones.sleeps).isNotEmpty();
    net.offline(false);
    assertThat(a.sync().complete()).isTrue();
    assertThat(server.record(key).state().value("quantity")).isEqualTo(FieldValue.of(3));
  }
}
