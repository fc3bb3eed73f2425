package io.fieldline.sync.conformance;

import io.fieldline.sync.model.Checks;
import java.util.List;
import java.util.regex.Pattern;

/** A replayable scenario: which rules it covers, the initial state and the steps. */
public record ConformanceVector(
    String name,
    String description,
    List<String> rules,
    VectorSetup setup,
    List<VectorStep> steps) {

  private static final Pattern RULE = Pattern.compile("R[1-9][0-9]*");

  public ConformanceVector {
    Checks.text(name, "name", 100);
    Checks.text(description, "description", 2000);
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("vector " + name + " must cite at least one rule");
    }
    for (String rule : rules) {
      if (!RULE.matcher(rule).matches()) {
        throw new IllegalArgumentException("rule id must look like R7 but was '" + rule + "'");
      }
    }
    java.util.Objects.requireNonNull(setup, "setup must not be null");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("vector " + name + " must have steps");
    }
  }
}
