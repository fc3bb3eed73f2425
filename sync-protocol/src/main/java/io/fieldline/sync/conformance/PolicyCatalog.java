package io.fieldline.sync.conformance;

import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.merge.PolicyRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * The policy registries vectors may name. Their machine-readable form ships next to the vectors
 * ({@code policies/<name>.json}, see {@link PolicyExport}) for implementations in other languages.
 */
public final class PolicyCatalog {

  private static final Map<String, PolicyRegistry> REGISTRIES =
      Map.of(FieldlinePolicies.NAME, FieldlinePolicies.registry());

  private PolicyCatalog() {}

  /** The registry called {@code name}, if known. */
  public static Optional<PolicyRegistry> named(String name) {
    return Optional.ofNullable(REGISTRIES.get(name));
  }
}
