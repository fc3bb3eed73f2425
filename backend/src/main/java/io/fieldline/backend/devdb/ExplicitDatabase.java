package io.fieldline.backend.devdb;

import java.net.URI;
import java.util.Optional;

/**
 * A database named in the environment: {@code FIELDLINE_DB_URL} for the run command, {@code
 * FIELDLINE_TEST_DB_URL} for the tests, as {@code postgresql://host:port/db} (a {@code jdbc:}
 * prefix is accepted). It must already hold both roles; their names and passwords come from {@code
 * FIELDLINE_DB_OWNER_USER}, {@code FIELDLINE_DB_OWNER_PASSWORD}, {@code FIELDLINE_DB_APP_USER} and
 * {@code FIELDLINE_DB_APP_PASSWORD}.
 */
final class ExplicitDatabase {
  private ExplicitDatabase() {}

  static Optional<DbTarget> fromEnvironment(boolean test) {
    String url = System.getenv(test ? "FIELDLINE_TEST_DB_URL" : "FIELDLINE_DB_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri = URI.create(url.trim().replaceFirst("^jdbc:", ""));
    if (!"postgresql".equals(uri.getScheme())
        || uri.getHost() == null
        || uri.getPath().length() < 2) {
      throw new BootstrapException(
          "FIELDLINE_DB_URL must look like postgresql://host:5432/database, got " + url);
    }
    return Optional.of(
        new DbTarget(
            uri.getHost(),
            uri.getPort() > 0 ? uri.getPort() : 5432,
            uri.getPath().substring(1),
            env("FIELDLINE_DB_OWNER_USER", RoleSetup.OWNER),
            env("FIELDLINE_DB_OWNER_PASSWORD", RoleSetup.OWNER),
            env("FIELDLINE_DB_APP_USER", RoleSetup.APP),
            env("FIELDLINE_DB_APP_PASSWORD", RoleSetup.APP)));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
