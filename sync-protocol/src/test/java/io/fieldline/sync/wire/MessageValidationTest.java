package io.fieldline.sync.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Compact constructors validate, copy and name the field and value (R2, R5, R30, R33). */
class MessageValidationTest {

  @Test
  void r5_theBaselineMutationIsValid() {
    Mutation m = MutationBuilder.aVisitNoteUpdate().build();

    assertThat(m.operation()).isEqualTo(Operation.UPDATE);
    assertThat(m.key()).isEqualTo(TestIds.key("visit", "visit-1"));
  }

  @Test
  void r5_aCreateHasBaseVersionZero() {
    assertThatThrownBy(() -> MutationBuilder.aVisitNoteUpdate().operation(Operation.CREATE).build())
        .hasMessage("baseVersion must be 0 for create but was 1");
  }

  @Test
  void r5_anUpdateHasABaseVersionAndAtLeastOneField() {
    assertThatThrownBy(() -> MutationBuilder.aVisitNoteUpdate().baseVersion(0).build())
        .hasMessage("baseVersion must be >= 1 but was 0");
    assertThatThrownBy(() -> MutationBuilder.aVisitNoteUpdate().fields(Map.of()).build())
        .hasMessage("fields must not be empty for update");
  }

  @Test
  void r5_aDeleteCarriesNoFields() {
    assertThatThrownBy(() -> MutationBuilder.aVisitNoteUpdate().operation(Operation.DELETE).build())
        .hasMessageStartingWith("fields must be empty for delete");
  }

  @Test
  void r5_sequencesStartAtOne() {
    assertThatThrownBy(() -> MutationBuilder.aVisitNoteUpdate().sequence(0).build())
        .hasMessage("sequence must be >= 1 but was 0");
  }

  @Test
  void r5_collectionsAreCopiedSoMessagesStayImmutable() {
    Map<String, FieldValue> fields = new java.util.HashMap<>(Fields.of("notes", "a"));
    Mutation m = MutationBuilder.aVisitNoteUpdate().build().withFields(fields);
    fields.put("notes", FieldValue.of("changed"));
    List<MutationEntry> list = new ArrayList<>(List.of(m));
    PushRequest request = new PushRequest(1, "dev-a", list);
    list.clear();

    assertThat(m.fields()).containsEntry("notes", FieldValue.of("a"));
    assertThat(request.mutations()).hasSize(1);
    assertThatThrownBy(() -> request.mutations().add(m))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void r2_wireTokensRejectUnknownValuesAndListTheAcceptedOnes() {
    assertThatThrownBy(() -> Operation.fromWire("UPDATE"))
        .hasMessage("unknown operation 'UPDATE' (expected one of: create, update, delete)");
    assertThatThrownBy(() -> SyncErrorCode.fromWire("OOPS"))
        .hasMessageStartingWith("unknown error code 'OOPS'");
    assertThat(Notice.fromWire("device_clock_skew")).isEqualTo(Notice.DEVICE_CLOCK_SKEW);
  }

  @Test
  void r2_numbersAreNormalisedSoEqualNumbersAreEqual() {
    assertThat(FieldValue.of(new BigDecimal("1.50")))
        .isEqualTo(FieldValue.of(new BigDecimal("1.5")));
    assertThat(FieldValue.of(new BigDecimal("0.000"))).isEqualTo(FieldValue.of(0));
    assertThatThrownBy(() -> FieldValue.of(new BigDecimal("1e40")))
        .hasMessageStartingWith("number must have <= 38 digits and scale within [-32, 32]");
  }

  @Test
  void r30_aCursorIsShortPrintableAsciiAndTheEmptyOneIsTheStart() {
    assertThat(Cursor.START.isStart()).isTrue();
    assertThatThrownBy(() -> new Cursor("has space"))
        .hasMessageStartingWith("cursor must be at most 512 printable ASCII characters");
  }

  @Test
  void r33_onlyALastPageCarriesAChecksum() {
    ScopeChecksum checksum = new ScopeChecksum(0, "a".repeat(64));

    assertThatThrownBy(() -> new PullPage(1, List.of(), Cursor.START, true, Optional.of(checksum)))
        .hasMessage("scopeChecksum must be present exactly on the last page (hasMore=true)");
    assertThatThrownBy(() -> new PullPage(1, List.of(), Cursor.START, false, Optional.empty()))
        .hasMessage("scopeChecksum must be present exactly on the last page (hasMore=false)");
  }

  @Test
  void r35_anUpsertCarriesALiveCompleteRecord() {
    RecordKey key = TestIds.key("visit", "v");
    RecordState deleted = new RecordState(key, 2, true, Map.of(), Map.of());

    assertThatThrownBy(() -> new Change.Upsert(deleted))
        .hasMessageStartingWith("upsert record must not be deleted");
    assertThatThrownBy(() -> new RecordState(key, 2, false, Fields.of("notes", "x"), Map.of()))
        .hasMessageStartingWith("fieldVersions keys [] must equal fields keys [notes]");
    assertThatThrownBy(
            () -> new RecordState(key, 2, false, Fields.of("notes", "x"), Map.of("notes", 3L)))
        .hasMessage("fieldVersions.notes must be in [1, 2] but was 3");
  }

  @Test
  void r7_aDuplicateCarriesTheOriginalOfTheSameSequence() {
    AppliedResult original = new AppliedResult(3, 2, Set.of());

    assertThat(new DuplicateResult(3, original).original()).isEqualTo(original);
    assertThatThrownBy(() -> new DuplicateResult(4, original))
        .hasMessage("original.sequence 3 must equal sequence 4");
  }

  @Test
  void r11_aRejectionCarriesAMutationLevelCode() {
    assertThatThrownBy(() -> new RejectedResult(1, SyncErrorCode.RETRYABLE, "x", Set.of()))
        .hasMessage("code must be a mutation rejection code but was RETRYABLE");
  }
}
