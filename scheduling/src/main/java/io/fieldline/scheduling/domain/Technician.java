package io.fieldline.scheduling.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person who performs visits.
 *
 * @param id stable identifier, used in published assignments and preferences
 * @param name display name
 * @param skillLevels skill code to level held
 * @param territories territory codes the technician works in; empty means any territory
 * @param costPerHourCents labour cost, reported in the plan KPIs
 */
public record Technician(
    String id,
    String name,
    Map<String, Integer> skillLevels,
    Set<String> territories,
    long costPerHourCents) {

  public Technician {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    skillLevels = Map.copyOf(skillLevels);
    territories = Set.copyOf(territories);
    if (costPerHourCents < 0) {
      throw new IllegalArgumentException(
          "technician " + id + " has costPerHourCents " + costPerHourCents + ", must be >= 0");
    }
  }

  /** The level held in {@code skill}, 0 when the technician does not have it. */
  public int levelOf(String skill) {
    return skillLevels.getOrDefault(skill, 0);
  }

  /** Whether the technician holds {@code required} at its level or above. */
  public boolean has(SkillLevel required) {
    return levelOf(required.skill()) >= required.level();
  }

  /** Whether the technician may work in {@code territory} (null means no territory constraint). */
  public boolean covers(String territory) {
    return territory == null || territories.isEmpty() || territories.contains(territory);
  }
}
