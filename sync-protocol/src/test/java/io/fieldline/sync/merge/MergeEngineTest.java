package io.fieldline.sync.merge;

import static io.fieldline.sync.testing.MutationBuilder.aCreate;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field policies of the merge engine (R19-R25), on Fieldline's visit and quote policies. */
class MergeEngineTest {

  private static final String DEVICE = Writers.device("dev-a");
  private static final String OTHER = Writers.device("dev-b");
  private static final EntityPolicy VISIT = FieldlinePolicies.visit();
  private static final BaseValues BASE = field -> Optional.of(FieldValue.of("base-" + field));

  private static MergeOutcome merge(EntityPolicy policy, StoredRecord current, Mutation m) {
    return MergeEngine.merge(policy, Optional.of(current), m, DEVICE, BASE);
  }

  private static MergeOutcome.Accept accepted(MergeOutcome outcome) {
    assertThat(outcome).isInstanceOf(MergeOutcome.Accept.class);
    return (MergeOutcome.Accept) outcome;
  }

  private static Map<String, FieldValue> written(MergeOutcome outcome) {
    RecordChange change = accepted(outcome).change();
    assertThat(change).isInstanceOf(RecordChange.SetFields.class);
    return ((RecordChange.SetFields) change).values();
  }

  @Test
  void r19_fieldUnchangedSinceBaseTakesTheDeviceValueEvenIfServerOwned() {
    StoredRecord visit = RecordBuilder.aVisit().field("notes", "x", 2, OTHER).build();
    Mutation m = anUpdate(visit.key(), 1, Fields.of("assigned_technician_id", "tech-b")).build();

    assertThat(written(merge(VISIT, visit, m)))
        .containsExactly(Map.entry("assigned_technician_id", FieldValue.of("tech-b")));
    assertThat(accepted(merge(VISIT, visit, m)).overridden()).isEmpty();
  }

  @Test
  void r19_aDevicesOwnEarlierWriteIsNotAConcurrentChange() {
    StoredRecord visit =
        RecordBuilder.aVisit().field("assigned_technician_id", "tech-z", 2, DEVICE).build();
    Mutation again =
        anUpdate(visit.key(), 1, Fields.of("assigned_technician_id", "tech-y")).build();

    assertThat(written(merge(VISIT, visit, again)))
        .containsEntry("assigned_technician_id", FieldValue.of("tech-y"));
  }

  @Test
  void r19_equalValuesOnBothSidesAreNoConflictAndWriteNothing() {
    StoredRecord visit =
        RecordBuilder.aVisit().field("assigned_technician_id", "tech-b", 2, OTHER).build();
    Mutation m = anUpdate(visit.key(), 1, Fields.of("assigned_technician_id", "tech-b")).build();

    MergeOutcome.Accept outcome = accepted(merge(VISIT, visit, m));
    assertThat(outcome.change()).isInstanceOf(RecordChange.NoChange.class);
    assertThat(outcome.overridden()).isEmpty();
    assertThat(outcome.held()).isEmpty();
  }

  @Test
  void r20_serverWinsKeepsTheConcurrentServerValueAndListsIt() {
    StoredRecord visit =
        RecordBuilder.aVisit().field("assigned_technician_id", "tech-b", 2, Writers.SERVER).build();
    Mutation m =
        anUpdate(visit.key(), 1, Fields.of("assigned_technician_id", "tech-a", "notes", "done"))
            .build();

    MergeOutcome.Accept outcome = accepted(merge(VISIT, visit, m));
    assertThat(outcome.overridden())
        .containsExactly(Map.entry("assigned_technician_id", FieldValue.of("tech-b")));
    assertThat(written(outcome)).containsExactly(Map.entry("notes", FieldValue.of("done")));
  }

  @Test
  void r21_deviceWinsAppliesTheDeviceValueOverAConcurrentChange() {
    StoredRecord visit = RecordBuilder.aVisit().field("notes", "server", 2, Writers.SERVER).build();
    Mutation m = anUpdate(visit.key(), 1, Fields.of("notes", "device")).build();

    assertThat(written(merge(VISIT, visit, m)))
        .containsExactly(Map.entry("notes", FieldValue.of("device")));
  }

  @Test
  void r22_appendOnlyUnionsByIdInCanonicalOrder() {
    StoredRecord visit =
        RecordBuilder.aVisit()
            .field("time_entries", List.of(Fields.element("e3"), Fields.element("e1")), 2, OTHER)
            .build();
    Mutation m =
        anUpdate(
                visit.key(),
                1,
                Map.of("time_entries", Fields.list(Fields.element("e2"), Fields.element("e1"))))
            .build();

    assertThat(written(merge(VISIT, visit, m)))
        .containsEntry(
            "time_entries",
            Fields.list(Fields.element("e1"), Fields.element("e2"), Fields.element("e3")));
  }

  @Test
  void r22_elementsAreImmutableOnceAddedAndDevicesCannotRemoveThem() {
    FieldValue original = Fields.element("e1", "minutes", 30);
    StoredRecord visit =
        RecordBuilder.aVisit()
            .field("time_entries", Fields.list(original, Fields.element("e2")), 2, OTHER)
            .build();
    Mutation m =
        anUpdate(
                visit.key(),
                1,
                Map.of("time_entries", Fields.list(Fields.element("e1", "minutes", 45))))
            .build();

    MergeOutcome.Accept outcome = accepted(merge(VISIT, visit, m));
    assertThat(outcome.change()).isInstanceOf(RecordChange.NoChange.class);
  }

  @Test
  void r23_counterDeltasAddToTheCurrentValue() {
    EntityPolicy stock = FieldlinePolicies.stockMovement();
    StoredRecord line =
        RecordBuilder.aRecord(
                TestIds.key("stock_movement", "van-1/filter"),
                Fields.of("van_id", "van-1", "product_id", "filter"))
            .field("quantity", 10, 2, OTHER)
            .build();
    Mutation used = anUpdate(line.key(), 1, Fields.of("quantity", -3)).build();

    assertThat(written(merge(stock, line, used))).containsEntry("quantity", FieldValue.of(7));
  }

  @Test
  void r23_aCreatedCounterStartsFromZeroPlusTheDelta() {
    Mutation create =
        aCreate(
                TestIds.key("stock_movement", "van-1/belt"),
                Fields.of("van_id", "van-1", "product_id", "belt", "quantity", 4))
            .build();

    MergeOutcome outcome =
        MergeEngine.merge(
            FieldlinePolicies.stockMovement(), Optional.empty(), create, DEVICE, BASE);
    assertThat(written(outcome)).containsEntry("quantity", FieldValue.of(4));
  }

  @Test
  void r24_anIllegalTransitionIsHeldAndDoesNotOverwrite() {
    StoredRecord visit =
        RecordBuilder.aVisit().field("status", "CANCELLED", 2, Writers.SERVER).build();
    Mutation m = anUpdate(visit.key(), 1, Fields.of("status", "EN_ROUTE", "notes", "n")).build();

    MergeOutcome.Accept outcome = accepted(merge(VISIT, visit, m));
    assertThat(outcome.held())
        .containsExactly(
            new FieldConflict(
                "status",
                Optional.of(FieldValue.of("base-status")),
                FieldValue.of("EN_ROUTE"),
                FieldValue.of("CANCELLED"),
                SyncErrorCode.ILLEGAL_TRANSITION));
    assertThat(written(outcome)).containsOnlyKeys("notes");
  }

  @Test
  void r24_aDeclaredTransitionFromTheCurrentValueApplies() {
    StoredRecord visit = RecordBuilder.aVisit().field("status", "EN_ROUTE", 2, OTHER).build();
    Mutation m = anUpdate(visit.key(), 1, Fields.of("status", "ON_SITE")).build();

    assertThat(written(merge(VISIT, visit, m)))
        .containsExactly(Map.entry("status", FieldValue.of("ON_SITE")));
  }

  @Test
  void r24_aCreateMustStartInAnInitialState() {
    Map<String, FieldValue> fields =
        Fields.of("account_id", "acct-1", "status", "COMPLETED", "notes", "");
    Mutation create = aCreate(TestIds.key("visit", "v-new"), fields).build();

    MergeOutcome outcome = MergeEngine.merge(VISIT, Optional.empty(), create, DEVICE, BASE);
    assertThat(outcome).isInstanceOf(MergeOutcome.Reject.class);
    assertThat(((MergeOutcome.Reject) outcome).code()).isEqualTo(SyncErrorCode.VALIDATION_FAILED);
  }

  @Test
  void r25_aConcurrentSharedFieldIsHeldWithBaseMineAndTheirs() {
    EntityPolicy contact = FieldlinePolicies.contact();
    StoredRecord record =
        RecordBuilder.aRecord(
                TestIds.key("contact", "c-1"), Fields.of("account_id", "a", "last_name", "Ng"))
            .field("email", "ng@old.example", 1, Writers.SERVER)
            .field("email", "ng@server.example", 2, OTHER)
            .build();
    Mutation m =
        anUpdate(record.key(), 1, Fields.of("email", "ng@device.example", "notes", "met")).build();

    MergeOutcome.Accept outcome = accepted(merge(contact, record, m));
    assertThat(outcome.held())
        .containsExactly(
            new FieldConflict(
                "email",
                Optional.of(FieldValue.of("base-email")),
                FieldValue.of("ng@device.example"),
                FieldValue.of("ng@server.example"),
                SyncErrorCode.CONFLICT_HELD));
    assertThat(written(outcome)).containsExactly(Map.entry("notes", FieldValue.of("met")));
  }

  @Test
  void r25_aSharedFieldUnchangedSinceBaseIsAppliedWithoutConflict() {
    EntityPolicy contact = FieldlinePolicies.contact();
    StoredRecord record =
        RecordBuilder.aRecord(
                TestIds.key("contact", "c-1"),
                Fields.of("account_id", "a", "last_name", "Ng", "email", "a@b.example"))
            .build();
    Mutation m = anUpdate(record.key(), 1, Fields.of("email", "c@d.example")).build();

    MergeOutcome.Accept outcome = accepted(merge(contact, record, m));
    assertThat(outcome.held()).isEmpty();
    assertThat(written(outcome)).containsEntry("email", FieldValue.of("c@d.example"));
  }
}
