package io.fieldline.sync.engine;

import static io.fieldline.sync.testing.MutationBuilder.aDelete;
import static io.fieldline.sync.testing.MutationBuilder.anUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.HeldField;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.MutationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Held conflicts end to end: raised (R24, R25), kept (R29) and resolved by a person (R28). */
class ConflictRulesTest {

  private final TestServer server = TestServer.create();
  private final RecordKey contact =
      server.seed(
          TestIds.key("contact", "c-1"),
          Fields.of("account_id", "acme", "last_name", "Ng", "email", "ng@old.example"),
          TestServer.TEAM_1);

  private ConflictHeldResult holdEmail() {
    server.push("dev-b", anUpdate(contact, 1, Fields.of("email", "ng@b.example")).build());
    MutationResult result =
        server
            .push("dev-a", anUpdate(contact, 1, Fields.of("email", "ng@a.example")).build())
            .results()
            .get(0);
    assertThat(result).isInstanceOf(ConflictHeldResult.class);
    return (ConflictHeldResult) result;
  }

  @Test
  void r25_aHeldConflictKeepsBaseMineAndTheirs() {
    ConflictHeldResult held = holdEmail();

    assertThat(held.held()).containsExactly(new HeldField("email", SyncErrorCode.CONFLICT_HELD));
    ConflictRecord conflict = server.engine.conflicts().find(held.conflictId()).orElseThrow();
    assertThat(conflict.fields())
        .containsExactly(
            new FieldConflict(
                "email",
                Optional.of(FieldValue.of("ng@old.example")),
                FieldValue.of("ng@a.example"),
                FieldValue.of("ng@b.example"),
                SyncErrorCode.CONFLICT_HELD));
    assertThat(conflict.open()).isTrue();
    assertThat(server.record(contact).state().value("email"))
        .isEqualTo(FieldValue.of("ng@b.example"));
  }

  @Test
  void r28_aResolutionIsANewVersionThatReachesDevicesAndClosesTheConflict() {
    ConflictHeldResult held = holdEmail();
    Cursor cursor = server.pull("dev-a", Cursor.START, 10).nextCursor();

    long version =
        server
            .engine
            .conflicts()
            .resolve(held.conflictId(), Fields.of("email", "ng@a.example"), "dispatcher-1");

    assertThat(version).isEqualTo(3);
    ConflictRecord conflict = server.engine.conflicts().find(held.conflictId()).orElseThrow();
    assertThat(conflict.status()).isInstanceOf(ConflictStatus.Resolved.class);
    assertThat(((ConflictStatus.Resolved) conflict.status()).resolvedBy())
        .isEqualTo("dispatcher-1");
    Change.Upsert upsert = (Change.Upsert) server.pull("dev-a", cursor, 10).changes().get(0);
    assertThat(upsert.record().value("email")).isEqualTo(FieldValue.of("ng@a.example"));
  }

  @Test
  void r28_aResolutionMustChooseEveryHeldFieldAndOnlyOnce() {
    ConflictHeldResult held = holdEmail();

    assertThatThrownBy(
            () -> server.engine.conflicts().resolve(held.conflictId(), Map.of(), "dispatcher-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choose exactly the held fields [email]");
    server.engine.conflicts().resolve(held.conflictId(), Fields.of("email", "x@y.example"), "d");
    assertThatThrownBy(
            () ->
                server.engine.conflicts().resolve(held.conflictId(), Fields.of("email", "z"), "d"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void r28_resolvingADeleteConflictCanDeleteTheRecord() {
    RecordKey visit = server.seedVisit("visit-1");
    server.engine.server().update(visit, Fields.of("notes", "dispatcher note"));
    ConflictHeldResult held =
        (ConflictHeldResult) server.push("dev-a", aDelete(visit, 1).build()).results().get(0);
    assertThat(held.held())
        .containsExactly(new HeldField(FieldConflict.DELETED, SyncErrorCode.CONFLICT_HELD));

    server
        .engine
        .conflicts()
        .resolve(held.conflictId(), Fields.of(FieldConflict.DELETED, true), "dispatcher-1");

    assertThat(server.record(visit).state().deleted()).isTrue();
  }

  @Test
  void r29_aServerWinsFieldTheDeviceLostIsReportedWithTheKeptValue() {
    RecordKey visit = server.seedVisit("visit-1");
    server.engine.server().update(visit, Fields.of("assigned_technician_id", "tech-b"));

    MutationResult result =
        server
            .push(
                "dev-a",
                anUpdate(visit, 1, Fields.of("assigned_technician_id", "tech-a", "notes", "n"))
                    .build())
            .results()
            .get(0);

    assertThat(result)
        .isEqualTo(
            new MergedResult(
                1, 3, Fields.of("assigned_technician_id", "tech-b"), java.util.Set.of()));
    assertThat(server.engine.conflicts().of(visit)).isEqualTo(List.of());
  }
}
