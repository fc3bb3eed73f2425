package io.fieldline.scheduling.domain;

import java.util.Objects;

/**
 * A skill at a level: what a visit requires or what a technician holds.
 *
 * @param skill skill code, for example {@code "gas-boiler"}
 * @param level 1 or more; a technician qualifies when their level is at least the required one
 */
public record SkillLevel(String skill, int level) {

  public SkillLevel {
    Objects.requireNonNull(skill, "skill");
    if (level < 1) {
      throw new IllegalArgumentException(
          "skill " + skill + " has level " + level + ", must be >= 1");
    }
  }
}
