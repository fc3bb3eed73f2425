package io.fieldline.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.RejectedResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope grant and evict travel in the ordered stream (R37); evicted edits are kept (R38). */
class ScopeRulesTest {

  private final TestServer server = TestServer.create();

  @Test
  void r37_aGrantCarriesTheRecordAndTheRelatedRecordsTheDeviceNeeds() {
    RecordKey account = server.seed(TestIds.key("account", "acme"), Fields.of("name", "Acme"));
    RecordKey visit =
        server.seed(TestIds.key("visit", "v-9"), TestServer.baselineVisit(), TestServer.TEAM_2);
    Cursor cursor = server.pull("dev-a", Cursor.START, 10).nextCursor();

    server.engine.server().grant(TestServer.TEAM_1, visit, List.of(account));
    PullPage page = server.pull("dev-a", cursor, 10);

    assertThat(page.changes())
        .containsExactly(
            new Change.Grant(
                server.record(visit).state(), List.of(server.record(account).state())));
    assertThat(page.scopeChecksum().get().count()).isEqualTo(2);
  }

  @Test
  void r37_grantsEvictsAndChangesArriveInCommitOrder() {
    RecordKey visit = server.seedVisit("visit-1");
    Cursor cursor = server.pull("dev-a", Cursor.START, 10).nextCursor();
    server.engine.server().update(visit, Fields.of("notes", "before"));
    server.engine.server().evict(TestServer.TEAM_1, List.of(visit));
    server.engine.server().update(visit, Fields.of("notes", "while evicted"));
    server.engine.server().grant(TestServer.TEAM_1, visit, List.of());

    List<Change> changes = server.pull("dev-a", cursor, 10).changes();

    assertThat(changes)
        .extracting(Change::kind)
        .extracting(Enum::name)
        .containsExactly("UPSERT", "EVICT", "GRANT");
    assertThat(((Change.Grant) changes.get(2)).record().value("notes"))
        .isEqualTo(Fields.value("while evicted"));
  }

  @Test
  void r38_editsOfAnEvictedRecordAreRejectedAndRecordedNotDropped() {
    RecordKey visit = server.seedVisit("visit-1");
    server.engine.server().evict(TestServer.TEAM_1, List.of(visit));

    RejectedResult result =
        (RejectedResult)
            server
                .push(
                    "dev-a",
                    MutationBuilder.aVisitNoteUpdate().field("notes", "offline work").build())
                .results()
                .get(0);

    assertThat(result.code()).isEqualTo(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN);
    assertThat(server.stored("dev-a", 1).result()).isEqualTo(result);
    assertThat(server.lastSequence("dev-a")).isEqualTo(1);
  }
}
