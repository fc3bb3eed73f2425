package io.fieldline.sync.merge;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.Mutation;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a mutation's fields against its entity's declaration (R15): every field declared, of the
 * declared type, counters carry a numeric delta, append-only lists hold identifiable elements, and
 * status values are declared states. A problem rejects the mutation with INVALID_PAYLOAD.
 */
public final class PayloadValidator {

  private PayloadValidator() {}

  /** What is wrong with the mutation's payload, or empty when it fits {@code policy}. */
  public static Optional<String> problem(EntityPolicy policy, Mutation mutation) {
    for (Map.Entry<String, FieldValue> e : new TreeMap<>(mutation.fields()).entrySet()) {
      String name = e.getKey();
      if (!Checks.isName(name)) {
        return Optional.of("field name '" + name + "' is not a lower-snake identifier");
      }
      Optional<FieldPolicy> field = policy.field(name);
      if (field.isEmpty()) {
        return Optional.of("unknown field '" + name + "' for entity " + policy.entityType());
      }
      Optional<String> problem = fieldProblem(field.get(), e.getValue());
      if (problem.isPresent()) {
        return Optional.of("field '" + name + "': " + problem.get());
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a server-side write of {@code fields} (declared fields of the declared
   * types; counters and statuses take absolute values), or empty when it fits.
   */
  public static Optional<String> serverWriteProblem(
      EntityPolicy policy, Map<String, FieldValue> fields) {
    for (Map.Entry<String, FieldValue> e : new TreeMap<>(fields).entrySet()) {
      Optional<FieldPolicy> field = policy.field(e.getKey());
      if (field.isEmpty()) {
        return Optional.of("unknown field '" + e.getKey() + "' for entity " + policy.entityType());
      }
      Optional<String> problem = field.get().type().problem(e.getValue());
      if (problem.isPresent()) {
        return Optional.of("field '" + e.getKey() + "': " + problem.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fieldProblem(FieldPolicy field, FieldValue value) {
    Optional<String> typeProblem = field.type().problem(value);
    if (typeProblem.isPresent()) {
      return typeProblem;
    }
    switch (field.policy()) {
      case COUNTER_DELTA:
        return value instanceof FieldValue.NumberValue
            ? Optional.empty()
            : Optional.of("a counter takes a signed numeric delta, not " + value.typeName());
      case APPEND_ONLY:
        if (!(value instanceof FieldValue.ListValue)) {
          return Optional.of("an append-only field takes a list, not " + value.typeName());
        }
        return AppendOnly.problem((FieldValue.ListValue) value);
      case STATE_MACHINE:
        if (!(value instanceof FieldValue.TextValue)) {
          return Optional.of("a status takes a state name, not " + value.typeName());
        }
        String state = ((FieldValue.TextValue) value).value();
        return field.stateMachine().orElseThrow().states().contains(state)
            ? Optional.empty()
            : Optional.of("unknown state '" + state + "'");
      default:
        return Optional.empty();
    }
  }
}
