package io.fieldline.sync.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allowed values and transitions of a status field (R24). Devices may create records only in an
 * initial state and change the value only along a declared transition from the server's current
 * value. Server writes are authoritative and not checked.
 */
public record StateMachine(Set<String> initial, Map<String, Set<String>> transitions) {

  public StateMachine {
    initial = Set.copyOf(initial);
    Map<String, Set<String>> copy = new HashMap<>();
    transitions.forEach((from, to) -> copy.put(from, Set.copyOf(to)));
    transitions = Map.copyOf(copy);
    if (initial.isEmpty()) {
      throw new IllegalArgumentException("a state machine needs at least one initial state");
    }
    for (String state : initial) {
      if (!transitions.containsKey(state)) {
        throw new IllegalArgumentException("initial state '" + state + "' is not declared");
      }
    }
    for (Map.Entry<String, Set<String>> e : transitions.entrySet()) {
      for (String to : e.getValue()) {
        if (!transitions.containsKey(to)) {
          throw new IllegalArgumentException(
              "transition " + e.getKey() + " -> " + to + " targets an undeclared state");
        }
      }
    }
  }

  /** Every declared state. */
  public Set<String> states() {
    return transitions.keySet();
  }

  /** Whether {@code from -> to} is a declared transition. */
  public boolean allows(String from, String to) {
    return transitions.getOrDefault(from, Set.of()).contains(to);
  }

  /** Whether a record may be created in {@code state}. */
  public boolean isInitial(String state) {
    return initial.contains(state);
  }

  /** Starts a machine whose creatable states are {@code initial}. */
  public static Builder startingAt(String... initial) {
    return new Builder(List.of(initial));
  }

  /** Declares states and transitions; every state mentioned is declared. */
  public static final class Builder {
    private final Set<String> initial;
    private final Map<String, Set<String>> transitions = new HashMap<>();

    private Builder(List<String> initial) {
      this.initial = new LinkedHashSet<>(initial);
      initial.forEach(s -> transitions.computeIfAbsent(s, k -> new HashSet<>()));
    }

    /** Allows {@code from -> each of to}. */
    public Builder allow(String from, String... to) {
      transitions.computeIfAbsent(from, k -> new HashSet<>()).addAll(List.of(to));
      for (String state : to) {
        transitions.computeIfAbsent(state, k -> new HashSet<>());
      }
      return this;
    }

    /** The machine. */
    public StateMachine build() {
      return new StateMachine(initial, transitions);
    }
  }
}
