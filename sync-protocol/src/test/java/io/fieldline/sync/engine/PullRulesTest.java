package io.fieldline.sync.engine;

import static io.fieldline.sync.testing.TestServer.changes;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.ResyncRequired;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pull, cursors, paging, checkpoints, snapshots and retention (R30-R36, R39). */
class PullRulesTest {

  private final TestServer server = TestServer.create();

  private List<RecordKey> seedVisits(int n) {
    List<RecordKey> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(server.seedVisit("visit-" + i));
    }
    return keys;
  }

  private static List<RecordKey> keysOf(List<Change> changes) {
    return changes.stream()
        .map(c -> ((Change.Upsert) c).record().key())
        .collect(Collectors.toList());
  }

  @Test
  void r30_theEmptyCursorStartsAnInitialSync() {
    seedVisits(2);

    PullPage page = server.pull("dev-a", Cursor.START, 100);

    assertThat(page.changes()).hasSize(2).allMatch(c -> c instanceof Change.Upsert);
    assertThat(page.hasMore()).isFalse();
    assertThat(page.nextCursor().isStart()).isFalse();
  }

  @Test
  void r30_aCursorTheServerDidNotIssueIsAnInvalidRequest() {
    PullResponse response = server.pullRaw("dev-a", new Cursor("made-up"), 10);

    assertThat(response).isInstanceOf(Refusal.InvalidRequest.class);
  }

  @Test
  void r32_aPageNeverSplitsATransaction() {
    List<RecordKey> visits = seedVisits(3);
    Cursor after = server.pull("dev-a", Cursor.START, 100).nextCursor();
    server.engine.server().evict(TestServer.TEAM_1, visits);

    PullPage page = server.pull("dev-a", after, 2);

    assertThat(page.changes()).hasSize(3).allMatch(c -> c instanceof Change.Evict);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void r32_theServerCapsThePageSizeAndHasMoreWalksTheStream() {
    TestServer capped = TestServer.create(EngineConfig.defaults().withMaxPageSize(2));
    for (int i = 0; i < 5; i++) {
      capped.seedVisit("visit-" + i);
    }

    List<PullPage> pages = capped.pullAll("dev-a", Cursor.START, 100);

    assertThat(pages).extracting(p -> p.changes().size()).containsExactly(2, 2, 1);
    assertThat(pages).extracting(PullPage::hasMore).containsExactly(true, true, false);
  }

  @Test
  void r33_onlyTheLastPageCarriesTheChecksumAndItMatchesTheClientsComputation() {
    seedVisits(3);

    List<PullPage> pages = server.pullAll("dev-a", Cursor.START, 2);
    List<RecordState> held =
        changes(pages).stream().map(c -> ((Change.Upsert) c).record()).collect(Collectors.toList());

    assertThat(pages.get(0).scopeChecksum()).isEmpty();
    assertThat(pages.get(1).scopeChecksum()).hasValue(ScopeChecksums.of(held));
    assertThat(pages.get(1).scopeChecksum().get().count()).isEqualTo(3);
  }

  @Test
  void r34_theInitialSnapshotIsInKeyOrderAndChangesDuringPagingArriveInTheStream() {
    List<RecordKey> visits = seedVisits(4);
    PullPage first = server.pull("dev-a", Cursor.START, 2);
    RecordKey changed = keysOf(first.changes()).get(0);
    server.engine.server().update(changed, Fields.of("notes", "changed while paging"));

    List<PullPage> rest = server.pullAll("dev-a", first.nextCursor(), 2);
    List<Change> all = new ArrayList<>(first.changes());
    all.addAll(changes(rest));

    List<RecordKey> snapshot = keysOf(all.subList(0, 4));
    assertThat(snapshot).isSorted().containsExactlyInAnyOrderElementsOf(visits);
    Change.Upsert last = (Change.Upsert) all.get(4);
    assertThat(last.record().key()).isEqualTo(changed);
    assertThat(last.record().value("notes")).isEqualTo(FieldValue.of("changed while paging"));
  }

  @Test
  void r35_anUpsertCarriesTheCompleteRecordState() {
    RecordKey visit = server.seedVisit("visit-1");
    Cursor after = server.pull("dev-a", Cursor.START, 10).nextCursor();
    server.push("dev-a", MutationBuilder.aVisitNoteUpdate().field("notes", "done").build());

    Change.Upsert upsert = (Change.Upsert) server.pull("dev-b", after, 10).changes().get(0);

    assertThat(upsert.record()).isEqualTo(server.record(visit).state());
    assertThat(upsert.record().fields()).containsKeys("account_id", "status", "notes");
    assertThat(upsert.record().fieldVersion("notes")).isEqualTo(2);
    assertThat(upsert.record().fieldVersion("status")).isEqualTo(1);
  }

  @Test
  void r36_aDeleteReachesEveryScopeHoldingTheRecord() {
    RecordKey account =
        server.seed(
            TestIds.key("account", "acme"),
            Fields.of("name", "Acme"),
            TestServer.TEAM_1,
            TestServer.TEAM_2);
    Cursor a = server.pull("dev-a", Cursor.START, 10).nextCursor();
    Cursor c = server.pull("dev-c", Cursor.START, 10).nextCursor();
    server.engine.server().delete(account);

    assertThat(server.pull("dev-a", a, 10).changes())
        .containsExactly(new Change.Delete(account, 2));
    assertThat(server.pull("dev-c", c, 10).changes())
        .containsExactly(new Change.Delete(account, 2));
  }

  @Test
  void r39_aCursorOlderThanTheRetentionHorizonGetsResyncRequired() {
    server.seedVisit("visit-1");
    Cursor old = server.pull("dev-a", Cursor.START, 10).nextCursor();
    server.engine.server().update(TestIds.key("visit", "visit-1"), Fields.of("notes", "x"));
    server.clock.advance(Duration.ofDays(91));
    server.engine.compact();

    assertThat(server.pullRaw("dev-a", old, 10)).isInstanceOf(ResyncRequired.class);
    assertThat(server.pull("dev-a", Cursor.START, 10).changes()).hasSize(1);
  }

  @Test
  void r39_aCursorFromAnotherScopeGetsResyncRequired() {
    server.seedVisit("visit-1");
    Cursor cursor = server.pull("dev-a", Cursor.START, 10).nextCursor();
    server.engine.server().registerDevice(new DeviceInfo("dev-a", "tech-a", TestServer.TEAM_2));

    PullResponse response = server.pullRaw("dev-a", cursor, 10);

    assertThat(response).isInstanceOf(ResyncRequired.class);
    assertThat(((ResyncRequired) response).reason()).contains("scope changed");
  }

  @Test
  void r39_aCursorWithinTheHorizonKeepsStreaming() {
    RecordKey visit = server.seedVisit("visit-1");
    Cursor cursor = server.pull("dev-a", Cursor.START, 10).nextCursor();
    server.clock.advance(Duration.ofDays(30));
    server.engine.server().update(visit, Fields.of("notes", "x"));
    server.clock.advance(Duration.ofDays(80));
    server.engine.compact();

    assertThat(server.pull("dev-a", cursor, 10).changes()).hasSize(1);
  }

  @Test
  void r1_aPullInAnUnsupportedVersionIsRefused() {
    PullResponse response =
        server.engine.pull(new Caller("tech-a"), new PullRequest(7, "dev-a", Cursor.START, 10));

    assertThat(response).isInstanceOf(Refusal.UnsupportedVersion.class);
    assertThat(((Refusal.UnsupportedVersion) response).supported())
        .isEqualTo(ProtocolVersion.SUPPORTED);
  }

  @Test
  void r3_aPullForAnotherUsersDeviceIsRefused() {
    PullResponse response =
        server.engine.pull(
            new Caller("tech-b"),
            new PullRequest(ProtocolVersion.CURRENT, "dev-a", Cursor.START, 10));

    assertThat(response).isInstanceOf(Refusal.UnauthorizedDevice.class);
    assertThat(server.securityEvents).hasSize(1);
  }
}
