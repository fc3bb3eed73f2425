package io.fieldline.backend.service;

import java.util.Map;
import java.util.UUID;

/**
 * A technician as the service rules see them: the user, their territory, their van (a stock
 * location) and their skills by code with levels 1-5.
 */
public record Technician(
    UUID userId,
    UUID territoryId,
    UUID vanLocationId,
    boolean active,
    Map<String, Integer> skills) {

  public Technician {
    skills = Map.copyOf(skills);
  }
}
