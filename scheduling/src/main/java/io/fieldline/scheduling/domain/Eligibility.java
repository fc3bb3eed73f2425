package io.fieldline.scheduling.domain;

import java.util.ArrayList;
import java.util.List;

/** Whether a technician may serve a visit at all: skills and territory, independent of time. */
public final class Eligibility {

  private Eligibility() {}

  /** The required skills (at their levels) that {@code technician} lacks for {@code visit}. */
  public static List<SkillLevel> missingSkills(Technician technician, Visit visit) {
    List<SkillLevel> missing = new ArrayList<>();
    for (SkillLevel required : visit.getRequiredSkills()) {
      if (!technician.has(required)) {
        missing.add(required);
      }
    }
    return missing;
  }

  /** Whether {@code technician} has every required skill level of {@code visit}. */
  public static boolean hasSkills(Technician technician, Visit visit) {
    for (SkillLevel required : visit.getRequiredSkills()) {
      if (!technician.has(required)) {
        return false;
      }
    }
    return true;
  }

  /** Skills and territory both allow {@code technician} to serve {@code visit}. */
  public static boolean canServe(Technician technician, Visit visit) {
    return hasSkills(technician, visit) && technician.covers(visit.getTerritory());
  }
}
