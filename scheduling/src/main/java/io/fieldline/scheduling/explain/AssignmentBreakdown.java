package io.fieldline.scheduling.explain;

import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why one visit sits where it does ("appointment insights"): the score it carries per constraint,
 * with the justifications behind it.
 *
 * @param technicianId planned technician, null when unassigned
 * @param serviceStart planned start, null when unassigned
 * @param byConstraint constraint id to the score impact on this visit
 */
public record AssignmentBreakdown(
    String visitId,
    String technicianId,
    Long serviceStart,
    HardMediumSoftLongScore total,
    Map<String, HardMediumSoftLongScore> byConstraint,
    List<ConstraintJustification> justifications) {

  public AssignmentBreakdown {
    byConstraint = Map.copyOf(byConstraint);
    justifications = List.copyOf(justifications);
  }
}
