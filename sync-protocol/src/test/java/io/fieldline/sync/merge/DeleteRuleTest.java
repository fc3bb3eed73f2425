package io.fieldline.sync.merge;

import static io.fieldline.sync.testing.MutationBuilder.aDelete;
import static io.fieldline.sync.testing.MutationBuilder.anUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.RecordBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Notice;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Delete versus edit, both ways, for each rule (R26). */
class DeleteRuleTest {

  private static final String DEVICE = Writers.device("dev-a");
  private static final String OTHER = Writers.device("dev-b");

  /** account: delete_wins. */
  private static final EntityPolicy ACCOUNT = FieldlinePolicies.account();

  /** contact: edit_wins. */
  private static final EntityPolicy CONTACT = FieldlinePolicies.contact();

  /** visit: hold. */
  private static final EntityPolicy VISIT = FieldlinePolicies.visit();

  private static StoredRecord account() {
    return RecordBuilder.aRecord(TestIds.key("account", "acme"), Fields.of("name", "Acme")).build();
  }

  private static StoredRecord contact() {
    return RecordBuilder.aRecord(
            TestIds.key("contact", "c-1"), Fields.of("account_id", "acme", "last_name", "Ng"))
        .build();
  }

  private static MergeOutcome merge(EntityPolicy policy, StoredRecord current, Mutation m) {
    return MergeEngine.merge(policy, Optional.of(current), m, DEVICE, BaseValues.UNKNOWN);
  }

  private static void assertRejected(MergeOutcome outcome, SyncErrorCode code) {
    assertThat(outcome).isInstanceOf(MergeOutcome.Reject.class);
    assertThat(((MergeOutcome.Reject) outcome).code()).isEqualTo(code);
  }

  private static MergeOutcome.Accept accepted(MergeOutcome outcome) {
    assertThat(outcome).isInstanceOf(MergeOutcome.Accept.class);
    return (MergeOutcome.Accept) outcome;
  }

  @Test
  void r26_deleteWins_anEditOfADeletedRecordIsRejected() {
    StoredRecord deleted =
        RecordBuilder.aRecord(TestIds.key("account", "acme"), Fields.of("name", "Acme"))
            .version(2)
            .deleted()
            .build();
    Mutation edit = anUpdate(deleted.key(), 1, Fields.of("field_notes", "gate code 1234")).build();

    assertRejected(merge(ACCOUNT, deleted, edit), SyncErrorCode.RECORD_DELETED);
  }

  @Test
  void r26_deleteWins_aDeleteOfAConcurrentlyEditedRecordDeletesIt() {
    StoredRecord edited =
        RecordBuilder.aRecord(TestIds.key("account", "acme"), Fields.of("name", "Acme"))
            .field("field_notes", "edited", 2, OTHER)
            .build();

    assertThat(accepted(merge(ACCOUNT, edited, aDelete(edited.key(), 1).build())).change())
        .isInstanceOf(RecordChange.DeleteRecord.class);
  }

  @Test
  void r26_editWins_anEditOfADeletedRecordResurrectsIt() {
    StoredRecord deleted =
        RecordBuilder.aRecord(
                TestIds.key("contact", "c-1"), Fields.of("account_id", "acme", "last_name", "Ng"))
            .version(2)
            .deleted()
            .build();
    Mutation edit = anUpdate(deleted.key(), 1, Fields.of("notes", "prefers mornings")).build();

    MergeOutcome.Accept outcome = accepted(merge(CONTACT, deleted, edit));
    assertThat(outcome.change())
        .isEqualTo(new RecordChange.SetFields(Fields.of("notes", "prefers mornings"), true));
    assertThat(outcome.notices()).containsExactly(Notice.RECORD_RESURRECTED);
  }

  @Test
  void r26_editWins_aDeleteOfAConcurrentlyEditedRecordIsOverridden() {
    StoredRecord edited =
        RecordBuilder.aRecord(
                TestIds.key("contact", "c-1"), Fields.of("account_id", "acme", "last_name", "Ng"))
            .field("notes", "edited elsewhere", 2, OTHER)
            .build();

    assertRejected(
        merge(CONTACT, edited, aDelete(edited.key(), 1).build()), SyncErrorCode.DELETE_OVERRIDDEN);
  }

  @Test
  void r26_hold_aDeleteOfAConcurrentlyEditedRecordIsHeld() {
    StoredRecord edited = RecordBuilder.aVisit().field("notes", "dispatcher", 2, OTHER).build();

    MergeOutcome.Accept outcome = accepted(merge(VISIT, edited, aDelete(edited.key(), 1).build()));
    assertThat(outcome.change()).isInstanceOf(RecordChange.NoChange.class);
    assertThat(outcome.held())
        .containsExactly(
            new FieldConflict(
                FieldConflict.DELETED,
                Optional.of(FieldValue.of(false)),
                FieldValue.of(true),
                FieldValue.of(false),
                SyncErrorCode.CONFLICT_HELD));
  }

  @Test
  void r26_hold_anEditOfADeletedRecordHoldsTheDeletionAndTheEditedFields() {
    StoredRecord deleted = RecordBuilder.aVisit().version(2).deleted().build();
    Mutation edit = anUpdate(deleted.key(), 1, Fields.of("notes", "fixed it")).build();

    MergeOutcome.Accept outcome = accepted(merge(VISIT, deleted, edit));
    assertThat(outcome.change()).isInstanceOf(RecordChange.NoChange.class);
    assertThat(outcome.held())
        .extracting(FieldConflict::field)
        .containsExactly(FieldConflict.DELETED, "notes");
    assertThat(outcome.held().get(1).mine()).isEqualTo(FieldValue.of("fixed it"));
  }

  @Test
  void r26_aDeleteWithoutConcurrentEditsDeletesWhateverTheRule() {
    for (EntityPolicy policy : new EntityPolicy[] {ACCOUNT, CONTACT, VISIT}) {
      StoredRecord record = policy == ACCOUNT ? account() : policy == CONTACT ? contact() : null;
      if (record == null) {
        record = RecordBuilder.aVisit().build();
      }
      assertThat(accepted(merge(policy, record, aDelete(record.key(), 1).build())).change())
          .as(policy.entityType())
          .isInstanceOf(RecordChange.DeleteRecord.class);
    }
  }

  @Test
  void r26_aDeleteOfADeletedRecordChangesNothing() {
    StoredRecord deleted = RecordBuilder.aVisit().version(3).deleted().build();

    assertThat(accepted(merge(VISIT, deleted, aDelete(deleted.key(), 2).build())).change())
        .isInstanceOf(RecordChange.NoChange.class);
  }
}
