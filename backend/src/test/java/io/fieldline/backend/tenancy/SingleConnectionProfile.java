package io.fieldline.backend.tenancy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service with a pool of exactly one connection, so every request reuses it. */
public class SingleConnectionProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.datasource.reactive.max-size", "1");
  }
}
