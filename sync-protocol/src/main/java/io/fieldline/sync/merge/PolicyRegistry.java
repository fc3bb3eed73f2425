package io.fieldline.sync.merge;

import io.fieldline.sync.model.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The entity policies a server merges with, by entity type; named so vectors can refer to it. */
public record PolicyRegistry(String name, Map<String, EntityPolicy> entities) {

  public PolicyRegistry {
    Checks.text(name, "name", 100);
    entities = Map.copyOf(entities);
    entities.forEach(
        (type, policy) -> {
          if (!type.equals(policy.entityType())) {
            throw new IllegalArgumentException(
                "registry key " + type + " must equal entity type " + policy.entityType());
          }
        });
  }

  /** The policy of {@code entityType}, or empty when the type is unknown. */
  public Optional<EntityPolicy> find(String entityType) {
    return Optional.ofNullable(entities.get(entityType));
  }

  /** Starts a registry called {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Collects entity policies. */
  public static final class Builder {
    private final String name;
    private final Map<String, EntityPolicy> entities = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Adds one entity's policy. */
    public Builder add(EntityPolicy policy) {
      if (entities.putIfAbsent(policy.entityType(), policy) != null) {
        throw new IllegalArgumentException("entity " + policy.entityType() + " declared twice");
      }
      return this;
    }

    /** The registry. */
    public PolicyRegistry build() {
      return new PolicyRegistry(name, entities);
    }
  }
}
