package io.fieldline.sync.wire.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.wire.MalformedMutation;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.PushRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Strict producing, lenient but safe consuming (R2), body hashes (R8), version peeking (R1). */
class SyncJsonTest {

  private static final String MUTATION =
      "{\"sequence\":1,\"entityType\":\"visit\",\"recordId\":\"f5656714-fe37-3853-9e15-adcee4cfac8e\","
          + "\"operation\":\"update\",\"baseVersion\":1,\"fields\":{\"notes\":\"x\"},"
          + "\"deviceTime\":\"2026-03-02T08:00:00Z\"}";

  private static byte[] push(String mutations) {
    return ("{\"protocolVersion\":1,\"deviceId\":\"dev-a\",\"mutations\":[" + mutations + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void r2_unknownMembersAreIgnoredAtEveryLevel() {
    String withExtras = MUTATION.replace("\"sequence\":1", "\"sequence\":1,\"priority\":\"high\"");
    byte[] body =
        ("{\"protocolVersion\":1,\"deviceId\":\"dev-a\",\"battery\":0.4,\"mutations\":["
                + withExtras
                + "]}")
            .getBytes(StandardCharsets.UTF_8);

    PushRequest request = SyncJson.decodePushRequest(body);

    assertThat(request.mutations().get(0)).isInstanceOf(Mutation.class);
    assertThat(MutationHash.of(request.mutations().get(0)))
        .isEqualTo(MutationHash.of(SyncJson.decodePushRequest(push(MUTATION)).mutations().get(0)));
  }

  @Test
  void r2_wrongTypesOutsideAMutationNameThePathAndValue() {
    byte[] body = "{\"protocolVersion\":\"1\",\"deviceId\":\"d\",\"mutations\":[]}".getBytes();

    assertThatThrownBy(() -> SyncJson.decodePushRequest(body))
        .isInstanceOf(WireFormatException.class)
        .hasMessage("protocolVersion: expected an integer but was string \"1\"");
  }

  @Test
  void r2_anUnknownTokenIsRejectedWithTheAcceptedOnes() {
    byte[] page =
        "{\"type\":\"pull_page\",\"protocolVersion\":1,\"changes\":[{\"type\":\"merge\"}],\"nextCursor\":\"x\",\"hasMore\":true}"
            .getBytes();

    assertThatThrownBy(() -> SyncJson.decodePullResponse(page))
        .isInstanceOf(WireFormatException.class)
        .hasMessage(
            "changes[0].type: unknown change type 'merge' (expected one of: upsert, delete, evict,"
                + " grant)");
  }

  @Test
  void r2_duplicateKeysAreRejected() {
    byte[] body = "{\"protocolVersion\":1,\"protocolVersion\":2}".getBytes();

    assertThatThrownBy(() -> SyncJson.decodePushRequest(body))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("Duplicate field 'protocolVersion'");
  }

  @Test
  void r2_nestingDeeperThan64IsRejected() {
    String deep = "[".repeat(70) + "]".repeat(70);
    String body = MUTATION.replace("\"x\"", deep);

    assertThatThrownBy(() -> SyncJson.decodePushRequest(push(body)))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("unparseable JSON");
  }

  @Test
  void r2_unparseableBodiesAreReportedWithoutInternals() {
    assertThatThrownBy(() -> SyncJson.decodePullRequest("{\"cursor\": ".getBytes()))
        .isInstanceOf(WireFormatException.class)
        .hasMessageStartingWith("unparseable JSON: ")
        .hasMessageNotContaining("com.fasterxml")
        .hasMessageNotContaining("Source:");
  }

  @Test
  void r2_numbersAreNormalisedAndWrittenPlain() {
    Mutation m =
        MutationBuilder.aVisitNoteUpdate()
            .field("notes", FieldValue.of(new BigDecimal("1.50E+3")))
            .build();
    String json = new String(SyncJson.encode(PushRequest.of(1, "dev-a", List.of(m))));

    assertThat(json).contains("\"notes\":1500");
  }

  @Test
  void r15_aMutationWithAReadableSequenceButBadPayloadDecodesAsMalformed() {
    String bad = MUTATION.replace("\"update\"", "\"upsert\"");

    MutationEntry entry = SyncJson.decodePushRequest(push(bad)).mutations().get(0);

    assertThat(entry).isInstanceOf(MalformedMutation.class);
    MalformedMutation malformed = (MalformedMutation) entry;
    assertThat(malformed.sequence()).isEqualTo(1);
    assertThat(malformed.problem())
        .isEqualTo(
            "mutations[0].operation: unknown operation 'upsert' (expected one of: create, update,"
                + " delete)");
  }

  @Test
  void r15_aMutationWithoutAReadableSequenceFailsTheWholeRequest() {
    String bad = MUTATION.replace("\"sequence\":1", "\"sequence\":\"one\"");

    assertThatThrownBy(() -> SyncJson.decodePushRequest(push(bad)))
        .isInstanceOf(WireFormatException.class)
        .hasMessage("mutations[0].sequence: expected an integer but was string \"one\"");
  }

  @Test
  void r5_aMutationOfTheWrongShapeIsMalformed() {
    String createWithBase = MUTATION.replace("\"update\"", "\"create\"");

    MutationEntry entry = SyncJson.decodePushRequest(push(createWithBase)).mutations().get(0);

    assertThat(((MalformedMutation) entry).problem())
        .isEqualTo("mutations[0]: baseVersion must be 0 for create but was 1");
  }

  @Test
  void r8_theBodyHashIgnoresKeyOrderButNotValues() {
    String reordered =
        "{\"deviceTime\":\"2026-03-02T08:00:00Z\",\"fields\":{\"notes\":\"x\"},\"baseVersion\":1,"
            + "\"operation\":\"update\",\"recordId\":\"f5656714-fe37-3853-9e15-adcee4cfac8e\","
            + "\"entityType\":\"visit\",\"sequence\":1}";
    String changed = MUTATION.replace("\"x\"", "\"y\"");

    String a = MutationHash.of(SyncJson.decodePushRequest(push(MUTATION)).mutations().get(0));
    String b = MutationHash.of(SyncJson.decodePushRequest(push(reordered)).mutations().get(0));
    String c = MutationHash.of(SyncJson.decodePushRequest(push(changed)).mutations().get(0));

    assertThat(a).isEqualTo(b).isNotEqualTo(c).hasSize(64);
  }

  @Test
  void r8_aMalformedMutationHasAStableBodyHashToo() {
    String bad = MUTATION.replace("\"update\"", "\"upsert\"");
    String reordered =
        "{\"operation\":\"upsert\",\"sequence\":1,\"deviceTime\":\"2026-03-02T08:00:00Z\","
            + "\"fields\":{\"notes\":\"x\"},\"baseVersion\":1,\"entityType\":\"visit\","
            + "\"recordId\":\"f5656714-fe37-3853-9e15-adcee4cfac8e\",\"battery\":3}";

    MutationEntry first = SyncJson.decodePushRequest(push(bad)).mutations().get(0);
    MutationEntry second = SyncJson.decodePushRequest(push(reordered)).mutations().get(0);

    assertThat(MutationHash.of(first)).isEqualTo(MutationHash.of(second));
  }

  @Test
  void r1_theProtocolVersionCanBeReadBeforeAnythingElse() {
    assertThat(SyncJson.peekProtocolVersion("{\"protocolVersion\":9,\"x\":[".getBytes()))
        .isEqualTo(OptionalInt.empty());
    assertThat(SyncJson.peekProtocolVersion("{\"protocolVersion\":9,\"whatever\":{}}".getBytes()))
        .isEqualTo(OptionalInt.of(9));
  }

  @Test
  void r2_producingAMalformedMutationIsRefused() {
    PushRequest request =
        new PushRequest(1, "dev-a", List.of(new MalformedMutation(1, "bad", "a".repeat(64))));

    assertThatThrownBy(() -> SyncJson.encode(request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never produced");
  }
}
