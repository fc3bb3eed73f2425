package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The visit state machine: SCHEDULED -> DISPATCHED -> TRAVELING -> ON_SITE -> COMPLETED, with
 * CANCELLED (before arrival) and INCOMPLETE (once under way) as the other ends. COMPLETED,
 * CANCELLED and INCOMPLETE are final.
 */
public enum VisitStatus {
  SCHEDULED,
  DISPATCHED,
  TRAVELING,
  ON_SITE,
  COMPLETED,
  CANCELLED,
  INCOMPLETE;

  /** The statuses this one may move to. */
  public Set<VisitStatus> next() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(DISPATCHED, CANCELLED);
      case DISPATCHED -> EnumSet.of(TRAVELING, CANCELLED);
      case TRAVELING -> EnumSet.of(ON_SITE, CANCELLED, INCOMPLETE);
      case ON_SITE -> EnumSet.of(COMPLETED, INCOMPLETE);
      case COMPLETED, CANCELLED, INCOMPLETE -> EnumSet.noneOf(VisitStatus.class);
    };
  }

  public boolean canMoveTo(VisitStatus target) {
    return next().contains(target);
  }

  /** A final status: nothing follows. */
  public boolean isFinal() {
    return next().isEmpty();
  }

  /** A moving-to status that needs a reason from the caller. */
  public boolean needsReason() {
    return this == CANCELLED || this == INCOMPLETE;
  }

  /** Still planned, so it may be rescheduled or reassigned. */
  public boolean isPlanned() {
    return this == SCHEDULED || this == DISPATCHED;
  }

  /** Fails with ILLEGAL_TRANSITION unless this status may move to {@code target}. */
  public void requireMoveTo(VisitStatus target) {
    if (!canMoveTo(target)) {
      throw new ApiException(
          ErrorCode.ILLEGAL_TRANSITION,
          "A visit that is " + this + " cannot become " + target + "; allowed next: " + next());
    }
  }
}
