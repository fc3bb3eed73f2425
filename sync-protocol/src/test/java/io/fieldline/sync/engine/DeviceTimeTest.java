package io.fieldline.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.Notice;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Device time is metadata only (R18); nothing is ordered by device clocks (R30). */
class DeviceTimeTest {

  private final TestServer server = TestServer.create();
  private final RecordKey visit = server.seedVisit("visit-1");

  private AppliedResult pushAt(String device, long sequence, Instant deviceTime, String notes) {
    return (AppliedResult)
        server
            .push(
                device,
                MutationBuilder.aVisitNoteUpdate()
                    .sequence(sequence)
                    .deviceTime(deviceTime)
                    .field("notes", notes)
                    .build())
            .results()
            .get(0);
  }

  @Test
  void r18_aDeviceTimeFarInTheFutureIsAppliedFlaggedAndKept() {
    Instant future = TestServer.T0.plus(Duration.ofDays(400));

    AppliedResult result = pushAt("dev-a", 1, future, "from the future");

    assertThat(result.notices()).containsExactly(Notice.DEVICE_CLOCK_SKEW);
    assertThat(server.stored("dev-a", 1).deviceTime()).isEqualTo(Optional.of(future));
    assertThat(server.record(visit).state().value("notes"))
        .isEqualTo(FieldValue.of("from the future"));
  }

  @Test
  void r18_aDeviceTimeOlderThanTheHorizonIsFlagged() {
    AppliedResult result = pushAt("dev-a", 1, TestServer.T0.minus(Duration.ofDays(120)), "old");

    assertThat(result.notices()).containsExactly(Notice.DEVICE_CLOCK_SKEW);
  }

  @Test
  void r18_daysOfOfflineEditsAndSmallSkewAreNotFlagged() {
    assertThat(pushAt("dev-a", 1, TestServer.T0.minus(Duration.ofDays(6)), "a").notices())
        .isEmpty();
    assertThat(pushAt("dev-a", 2, TestServer.T0.plus(Duration.ofMinutes(9)), "b").notices())
        .isEqualTo(Set.of());
  }

  @Test
  void r30_theServerOrderDecidesNotTheDeviceClocks() {
    pushAt("dev-a", 1, TestServer.T0.plus(Duration.ofHours(5)), "written first, clock ahead");
    pushAt("dev-b", 1, TestServer.T0.minus(Duration.ofHours(5)), "written second, clock behind");

    assertThat(server.record(visit).state().value("notes"))
        .isEqualTo(FieldValue.of("written second, clock behind"));
  }
}
