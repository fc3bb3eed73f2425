package io.fieldline.backend.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds or makes the PostgreSQL database for the run command and the tests, and writes the Quarkus
 * configuration that points at it. In order: an explicit URL from the environment; a server on
 * 127.0.0.1:5432; a private cluster from installed binaries; PostgreSQL installed with apt-get (as
 * root); otherwise a message saying what is missing.
 *
 * <p>Usage: {@code DevDatabase --purpose=run|test --repo-root=DIR --out=FILE}.
 */
public final class DevDatabase {
  private static final String DEFAULT_HOST = "127.0.0.1";
  private static final int DEFAULT_PORT = 5432;

  private DevDatabase() {}

  public static void main(String[] args) {
    Map<String, String> options = parse(args);
    boolean test = "test".equals(options.getOrDefault("purpose", "run"));
    Path repoRoot = Path.of(options.getOrDefault("repo-root", ".")).toAbsolutePath().normalize();
    Path out = Path.of(options.getOrDefault("out", "target/fieldline-db.properties"));
    try {
      DbTarget target = resolve(test, repoRoot);
      DbConfigFile.write(out, target);
      Log.info(
          "Using "
              + target.reactiveUrl()
              + " (service role "
              + target.appUser()
              + ", migrations as "
              + target.ownerUser()
              + ")");
    } catch (BootstrapException e) {
      System.err.println("[fieldline-db] ERROR: " + e.getMessage());
      System.exit(2);
    }
  }

  static DbTarget resolve(boolean test, Path repoRoot) {
    String database = test ? testDatabaseName() : "fieldline";
    Optional<DbTarget> explicit = ExplicitDatabase.fromEnvironment(test);
    if (explicit.isPresent()) {
      Log.info("Using the database configured in the environment");
      return explicit.get();
    }
    Optional<String> admin = AdminConnection.findAdmin(DEFAULT_HOST, DEFAULT_PORT);
    if (admin.isPresent()) {
      Log.info("Found PostgreSQL on " + DEFAULT_HOST + ":" + DEFAULT_PORT);
      return RoleSetup.provision(DEFAULT_HOST, DEFAULT_PORT, admin.get(), database, test);
    }
    Optional<Path> bin = PostgresBinaries.find();
    if (bin.isEmpty() && Installer.canInstall()) {
      Installer.installPostgres();
      bin = PostgresBinaries.find();
    }
    if (bin.isEmpty()) {
      throw new BootstrapException(
          "No PostgreSQL available. Either set FIELDLINE_DB_URL (see README, Configuration),"
              + " start a PostgreSQL server on 127.0.0.1:5432 that role 'postgres' can log in to"
              + " without a password (or set PGPASSWORD), or install PostgreSQL"
              + " (Debian: apt-get install postgresql) and run the command again.");
    }
    int port = LocalCluster.at(bin.get(), repoRoot).start();
    return RoleSetup.provision(DEFAULT_HOST, port, LocalCluster.SUPERUSER, database, test);
  }

  /**
   * {@code fieldline_test}, or {@code FIELDLINE_TEST_DB_NAME} so parallel checkouts don't collide.
   */
  static String testDatabaseName() {
    String name = System.getenv("FIELDLINE_TEST_DB_NAME");
    if (name == null || name.isBlank()) {
      return "fieldline_test";
    }
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new BootstrapException(
          "FIELDLINE_TEST_DB_NAME must match [a-z][a-z0-9_]*, got " + name);
    }
    return name;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      int eq = arg.indexOf('=');
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return options;
  }

  /** Writes the Quarkus configuration for a target. */
  static final class DbConfigFile {
    private DbConfigFile() {}

    static void write(Path out, DbTarget t) {
      String text =
          String.join(
              "\n",
              "# Written by io.fieldline.backend.devdb.DevDatabase; do not edit.",
              "quarkus.datasource.username=" + t.appUser(),
              "quarkus.datasource.password=" + t.appPassword(),
              "quarkus.datasource.reactive.url=" + t.reactiveUrl(),
              "quarkus.datasource.jdbc.url=" + t.jdbcUrl(),
              "quarkus.flyway.username=" + t.ownerUser(),
              "quarkus.flyway.password=" + t.ownerPassword(),
              "quarkus.flyway.placeholders.app_role=" + t.appUser(),
              "");
      try {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(out, text);
      } catch (IOException e) {
        throw new BootstrapException("Cannot write " + out + ": " + e.getMessage(), e);
      }
    }
  }
}
