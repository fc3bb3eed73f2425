package io.fieldline.backend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The visit state machine, step by step. */
class VisitStatusTest {

  @Test
  void theHappyPathIsOneStepAtATime() {
    assertThat(VisitStatus.SCHEDULED.next())
        .containsExactlyInAnyOrder(VisitStatus.DISPATCHED, VisitStatus.CANCELLED);
    assertThat(VisitStatus.DISPATCHED.next())
        .containsExactlyInAnyOrder(VisitStatus.TRAVELING, VisitStatus.CANCELLED);
    assertThat(VisitStatus.TRAVELING.next())
        .containsExactlyInAnyOrder(
            VisitStatus.ON_SITE, VisitStatus.CANCELLED, VisitStatus.INCOMPLETE);
    assertThat(VisitStatus.ON_SITE.next())
        .containsExactlyInAnyOrder(VisitStatus.COMPLETED, VisitStatus.INCOMPLETE);
  }

  @Test
  void finalStatusesLeadNowhere() {
    for (VisitStatus end :
        EnumSet.of(VisitStatus.COMPLETED, VisitStatus.CANCELLED, VisitStatus.INCOMPLETE)) {
      assertThat(end.isFinal()).isTrue();
      for (VisitStatus to : VisitStatus.values()) {
        assertThat(end.canMoveTo(to)).as("%s -> %s", end, to).isFalse();
      }
    }
  }

  @Test
  void skippingAStepIsAnIllegalTransition() {
    assertThatThrownBy(() -> VisitStatus.SCHEDULED.requireMoveTo(VisitStatus.ON_SITE))
        .isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code())
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> VisitStatus.COMPLETED.requireMoveTo(VisitStatus.TRAVELING))
        .hasMessageContaining("COMPLETED")
        .hasMessageContaining("TRAVELING");
  }

  @Test
  void casesReopenButNeverLeaveClosed() {
    assertThat(CaseStatus.RESOLVED.next()).contains(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED);
    assertThat(CaseStatus.CLOSED.next()).isEmpty();
    assertThatThrownBy(() -> CaseStatus.OPEN.requireMoveTo(CaseStatus.CLOSED))
        .isInstanceOf(ApiException.class);
  }
}
