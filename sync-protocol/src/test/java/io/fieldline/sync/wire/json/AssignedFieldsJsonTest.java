package io.fieldline.sync.wire.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.PushResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The additive {@code assigned} member of {@code applied} results (server-assigned numbers of
 * records a device created): written only when not empty, so results without it are byte for byte
 * what they were; read when present; ignored by consumers that do not know it (R2).
 */
class AssignedFieldsJsonTest {

  private static PushResult push(AppliedResult result) {
    return new PushResult(1, List.of(result), new BatchEnd.Complete());
  }

  @Test
  void r2_anAppliedResultWithAssignedValuesRoundTrips() {
    AppliedResult applied =
        new AppliedResult(3, 1, Set.of(), Map.of("number", FieldValue.of("Q-000042")));

    byte[] json = SyncJson.encode(push(applied));

    assertThat(new String(json, StandardCharsets.UTF_8))
        .contains("\"assigned\":{\"number\":\"Q-000042\"}");
    assertThat(((PushResult) SyncJson.decodePushResponse(json)).results()).containsExactly(applied);
  }

  @Test
  void r2_withoutAssignedValuesTheMemberIsAbsentAndReadsAsEmpty() {
    AppliedResult applied = new AppliedResult(3, 1, Set.of());

    byte[] json = SyncJson.encode(push(applied));

    assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("assigned");
    AppliedResult read =
        (AppliedResult) ((PushResult) SyncJson.decodePushResponse(json)).results().get(0);
    assertThat(read.assigned()).isEmpty();
  }
}
