package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;

/** A skill a job needs, at least at {@code minLevel} (1-5). */
public record SkillRequirement(String skillCode, int minLevel) {

  public SkillRequirement {
    if (skillCode == null || !skillCode.matches("[A-Z0-9_-]{1,64}")) {
      throw ApiException.invalid("requiredSkills", "skill codes are upper-case, e.g. HVAC");
    }
    if (minLevel < 1 || minLevel > 5) {
      throw ApiException.invalid("requiredSkills", "skill levels are 1 to 5");
    }
  }

  /** Whether a technician holding this skill at {@code level} (null: not at all) qualifies. */
  public boolean metBy(Integer level) {
    return level != null && level >= minLevel;
  }
}
