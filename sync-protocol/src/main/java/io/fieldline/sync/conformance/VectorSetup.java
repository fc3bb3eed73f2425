package io.fieldline.sync.conformance;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.store.DeviceInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A vector's initial server state: the named policy registry, the server time, limits that differ
 * from the defaults ({@link #CONFIG_KEYS}), the registered devices and the seeded records.
 */
public record VectorSetup(
    String policies,
    Instant time,
    Map<String, Long> config,
    List<DeviceInfo> devices,
    List<SeedRecord> records) {

  /** The limits a vector may set. */
  public static final Set<String> CONFIG_KEYS =
      Set.of("maxMutationsPerPush", "maxRequestBytes", "maxPageSize");

  public VectorSetup {
    Checks.text(policies, "policies", 100);
    Objects.requireNonNull(time, "time must not be null");
    config = Map.copyOf(config);
    for (String key : config.keySet()) {
      if (!CONFIG_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown config key '" + key + "' (expected one of " + CONFIG_KEYS + ")");
      }
    }
    devices = List.copyOf(devices);
    records = List.copyOf(records);
  }
}
