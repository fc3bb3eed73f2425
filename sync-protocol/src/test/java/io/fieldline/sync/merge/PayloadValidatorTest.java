package io.fieldline.sync.merge;

import static io.fieldline.sync.testing.MutationBuilder.aVisitNoteUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.wire.Mutation;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Payload checks against declared fields (R15, R23, R42); each case breaks the baseline once. */
class PayloadValidatorTest {

  private static final EntityPolicy VISIT = FieldlinePolicies.visit();

  private static Optional<String> problem(MutationBuilder m) {
    return PayloadValidator.problem(VISIT, m.build());
  }

  @Test
  void r15_theBaselineFits() {
    assertThat(problem(aVisitNoteUpdate())).isEmpty();
  }

  @Test
  void r15_anUndeclaredFieldIsNamed() {
    assertThat(problem(aVisitNoteUpdate().field("colour", "red")))
        .hasValue("unknown field 'colour' for entity visit");
  }

  @Test
  void r15_aWrongValueTypeIsNamed() {
    assertThat(problem(aVisitNoteUpdate().field("notes", 42)))
        .hasValue("field 'notes': expected text but was number");
  }

  @Test
  void r15_aStatusMustBeADeclaredState() {
    assertThat(problem(aVisitNoteUpdate().field("status", "TELEPORTED")))
        .hasValue("field 'status': unknown state 'TELEPORTED'");
  }

  @Test
  void r15_aBadTimestampIsNamed() {
    assertThat(problem(aVisitNoteUpdate().field("arrived_at", "yesterday")))
        .hasValue("field 'arrived_at': expected an ISO-8601 UTC instant but was 'yesterday'");
  }

  @Test
  void r15_appendOnlyElementsNeedAnIdentity() {
    assertThat(problem(aVisitNoteUpdate().field("time_entries", Fields.list(FieldValue.NULL))))
        .get()
        .asString()
        .contains("element 0 must be an object with a text 'id'");
  }

  @Test
  void r23_aCounterTakesANumericDeltaOnly() {
    Mutation m =
        MutationBuilder.anUpdate(
                TestIds.key("stock_movement", "van-1/filter"), 1, Fields.of("quantity", "ten"))
            .build();
    assertThat(PayloadValidator.problem(FieldlinePolicies.stockMovement(), m))
        .hasValue("field 'quantity': expected number but was text");
    Mutation nulled = m.withFields(Map.of("quantity", FieldValue.NULL));
    assertThat(PayloadValidator.problem(FieldlinePolicies.stockMovement(), nulled))
        .hasValue("field 'quantity': a counter takes a signed numeric delta, not null");
  }

  @Test
  void r42_attachmentMetadataIsValidated() {
    assertThat(problem(aVisitNoteUpdate().field("photos", Fields.list(Fields.photo("pump")))))
        .isEmpty();
    FieldValue badHash =
        Fields.value(
            Map.of(
                "id",
                TestIds.uuid("p").toString(),
                "sha256",
                "not-a-hash",
                "size",
                10,
                "mediaType",
                "image/jpeg"));
    assertThat(problem(aVisitNoteUpdate().field("signature", badHash)))
        .get()
        .asString()
        .contains("sha256 must be 64 lower-case hex digits");
    FieldValue noSize =
        Fields.value(Map.of("id", TestIds.uuid("p").toString(), "sha256", "a".repeat(64)));
    assertThat(problem(aVisitNoteUpdate().field("photos", Fields.list(noSize))))
        .get()
        .asString()
        .contains("attachment must have exactly id, sha256, size, mediaType");
  }

  @Test
  void r42_attachmentsCarryMetadataOnlyWithinSizeLimits() {
    FieldValue huge =
        Fields.value(
            Map.of(
                "id",
                TestIds.uuid("p").toString(),
                "sha256",
                "a".repeat(64),
                "size",
                200L * 1024 * 1024,
                "mediaType",
                "video/mp4"));
    assertThat(problem(aVisitNoteUpdate().field("signature", huge)))
        .get()
        .asString()
        .contains("size must be in [0, 104857600]");
  }
}
