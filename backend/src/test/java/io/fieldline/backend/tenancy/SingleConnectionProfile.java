package io.fieldline.backend.tenancy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service with pools of exactly one connection (the reactive pool and the JDBC pool of the sync
 * store), so every request reuses them.
 */
public class SingleConnectionProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.datasource.reactive.max-size", "1", "quarkus.datasource.jdbc.max-size", "1");
  }
}
