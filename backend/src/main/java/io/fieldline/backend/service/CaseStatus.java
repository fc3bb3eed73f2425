package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The case state machine: OPEN -> IN_PROGRESS -> RESOLVED -> CLOSED; OPEN may be resolved at once
 * and a RESOLVED case reopened (back to IN_PROGRESS). CLOSED is final.
 */
public enum CaseStatus {
  OPEN,
  IN_PROGRESS,
  RESOLVED,
  CLOSED;

  public Set<CaseStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED);
      case IN_PROGRESS -> EnumSet.of(RESOLVED);
      case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
      case CLOSED -> EnumSet.noneOf(CaseStatus.class);
    };
  }

  /** Resolved or closed: needs a resolution text. */
  public boolean isResolved() {
    return this == RESOLVED || this == CLOSED;
  }

  /** Fails with ILLEGAL_TRANSITION unless this status may move to {@code target}. */
  public void requireMoveTo(CaseStatus target) {
    if (!next().contains(target)) {
      throw new ApiException(
          ErrorCode.ILLEGAL_TRANSITION,
          "A case that is " + this + " cannot become " + target + "; allowed next: " + next());
    }
  }
}
