package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.Eligibility;
import io.fieldline.scheduling.domain.SkillLevel;
import io.fieldline.scheduling.domain.Visit;
import java.util.List;

/** A visit planned for a technician who lacks some required skill levels. */
public record MissingSkills(String visitId, String technicianId, List<SkillLevel> missing)
    implements VisitJustification {

  public MissingSkills {
    missing = List.copyOf(missing);
  }

  /** What the assigned technician of {@code visit} lacks. */
  public static MissingSkills of(Visit visit) {
    return new MissingSkills(
        visit.getId(),
        visit.getShift().getTechnician().id(),
        Eligibility.missingSkills(visit.getShift().getTechnician(), visit));
  }
}
