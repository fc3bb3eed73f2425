package io.fieldline.scheduling.explain;

import java.util.List;

/**
 * The reason one visit is unassigned, with the shifts that passed the checks before the failing one
 * (empty for skills and territory), so a dispatcher sees whom to ask for overtime.
 */
public record UnassignedExplanation(
    String visitId, UnassignedReason reason, List<String> candidateShiftIds) {

  public UnassignedExplanation {
    candidateShiftIds = List.copyOf(candidateShiftIds);
  }
}
