package io.fieldline.sync.merge;

import io.fieldline.sync.model.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared fields of one entity type, how each merges, the delete-versus-edit rule and the
 * business rules. Fields not declared here are refused as INVALID_PAYLOAD (R15).
 */
public record EntityPolicy(
    String entityType,
    Map<String, FieldPolicy> fields,
    DeleteRule deleteRule,
    List<RecordRule> rules) {

  public EntityPolicy {
    Checks.name(entityType, "entityType");
    fields = Map.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("entity " + entityType + " must declare fields");
    }
    fields.forEach(
        (name, field) -> {
          if (!name.equals(field.name())) {
            throw new IllegalArgumentException(
                "field key " + name + " must equal its policy name " + field.name());
          }
        });
    Objects.requireNonNull(deleteRule, "deleteRule must not be null");
    rules = List.copyOf(rules);
  }

  /** The policy of {@code field}, or empty when it is not declared. */
  public Optional<FieldPolicy> field(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** Starts declaring {@code entityType}; the delete rule defaults to {@link DeleteRule#HOLD}. */
  public static Builder builder(String entityType) {
    return new Builder(entityType);
  }

  /** A small builder: one call per field. */
  public static final class Builder {
    private final String entityType;
    private final Map<String, FieldPolicy> fields = new LinkedHashMap<>();
    private final List<RecordRule> rules = new ArrayList<>();
    private DeleteRule deleteRule = DeleteRule.HOLD;

    private Builder(String entityType) {
      this.entityType = entityType;
    }

    /** Declares a field merged by {@code policy}. */
    public Builder field(String name, FieldType type, MergePolicy policy) {
      return add(new FieldPolicy(name, type, policy, Optional.empty(), false));
    }

    /** Declares a field merged by {@code policy} that must be non-null in every version. */
    public Builder requiredField(String name, FieldType type, MergePolicy policy) {
      return add(new FieldPolicy(name, type, policy, Optional.empty(), true));
    }

    /** Declares a server-wins field. */
    public Builder serverOwned(String name, FieldType type) {
      return field(name, type, MergePolicy.SERVER_WINS);
    }

    /** Declares a device-wins field. */
    public Builder deviceOwned(String name, FieldType type) {
      return field(name, type, MergePolicy.DEVICE_WINS);
    }

    /** Declares a hold-for-person field. */
    public Builder shared(String name, FieldType type) {
      return field(name, type, MergePolicy.HOLD_FOR_PERSON);
    }

    /** Declares an append-only list. */
    public Builder appendOnly(String name, FieldType listType) {
      return field(name, listType, MergePolicy.APPEND_ONLY);
    }

    /** Declares a counter changed by signed deltas. */
    public Builder counter(String name) {
      return field(name, FieldType.NUMBER, MergePolicy.COUNTER_DELTA);
    }

    /** Declares a required status field following {@code machine}. */
    public Builder status(String name, StateMachine machine) {
      return add(
          new FieldPolicy(
              name, FieldType.TEXT, MergePolicy.STATE_MACHINE, Optional.of(machine), true));
    }

    /** Sets the delete-versus-edit rule. */
    public Builder deleteRule(DeleteRule rule) {
      this.deleteRule = rule;
      return this;
    }

    /** Adds a business rule on the merged record. */
    public Builder rule(RecordRule rule) {
      rules.add(rule);
      return this;
    }

    private Builder add(FieldPolicy policy) {
      if (fields.putIfAbsent(policy.name(), policy) != null) {
        throw new IllegalArgumentException(
            "field " + policy.name() + " declared twice on " + entityType);
      }
      return this;
    }

    /** The policy. */
    public EntityPolicy build() {
      return new EntityPolicy(entityType, fields, deleteRule, rules);
    }
  }
}
