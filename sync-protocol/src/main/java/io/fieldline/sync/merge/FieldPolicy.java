package io.fieldline.sync.merge;

import io.fieldline.sync.model.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * How one field is typed and merged. Counters are numbers; append-only fields are lists; state
 * machine fields are text and carry their machine.
 */
public record FieldPolicy(
    String name,
    FieldType type,
    MergePolicy policy,
    Optional<StateMachine> stateMachine,
    boolean required) {

  public FieldPolicy {
    Checks.name(name, "name");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    Objects.requireNonNull(stateMachine, "stateMachine must not be null");
    if (policy == MergePolicy.COUNTER_DELTA && type != FieldType.NUMBER) {
      throw new IllegalArgumentException("counter field " + name + " must be a number");
    }
    if (policy == MergePolicy.APPEND_ONLY
        && type != FieldType.LIST
        && type != FieldType.ATTACHMENT_LIST) {
      throw new IllegalArgumentException("append-only field " + name + " must be a list");
    }
    if ((policy == MergePolicy.STATE_MACHINE) != stateMachine.isPresent()) {
      throw new IllegalArgumentException(
          "field " + name + " must have a state machine exactly when its policy is STATE_MACHINE");
    }
    if (policy == MergePolicy.STATE_MACHINE && type != FieldType.TEXT) {
      throw new IllegalArgumentException("state machine field " + name + " must be text");
    }
  }
}
