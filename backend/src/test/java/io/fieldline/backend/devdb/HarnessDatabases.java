package io.fieldline.backend.devdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The harness's door into the database bootstrap: fresh databases named {@code fieldline_harness*}
 * on the shared server (127.0.0.1:5432, roles as the tests use them), the Quarkus configuration
 * file pointing at one, and a superuser connection for fault injection.
 */
public final class HarnessDatabases {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;

  private HarnessDatabases() {}

  /** Drops and creates {@code name} (it must start with {@code fieldline_harness}). */
  public static DbTarget fresh(String name) {
    return fresh(HOST, PORT, name);
  }

  /** The same on another server (a private cluster). */
  public static DbTarget fresh(String host, int port, String name) {
    if (!name.matches("fieldline_harness[a-z0-9_]{0,45}")) {
      throw new IllegalArgumentException("harness databases are named fieldline_harness*: " + name);
    }
    String admin =
        port == PORT
            ? AdminConnection.findAdmin(host, port)
                .orElseThrow(() -> new BootstrapException("No PostgreSQL on " + host + ":" + port))
            : LocalCluster.SUPERUSER;
    return RoleSetup.provision(host, port, admin, name, true);
  }

  /** Drops the database (force), if it exists. */
  public static void drop(DbTarget target) {
    try (Connection c = admin(target.host(), target.port(), "postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + target.database() + " with (force)");
    } catch (SQLException e) {
      throw new IllegalStateException("drop " + target.database() + ": " + e.getMessage(), e);
    }
  }

  /** Writes the Quarkus datasource configuration for the target. */
  public static void writeConfig(Path file, DbTarget target) {
    DevDatabase.DbConfigFile.write(file, target);
  }

  /** A superuser connection (for pg_terminate_backend and reading every tenant). */
  public static Connection admin(String host, int port, String database) throws SQLException {
    String user =
        port == PORT
            ? AdminConnection.findAdmin(host, port).orElse(LocalCluster.SUPERUSER)
            : LocalCluster.SUPERUSER;
    return AdminConnection.open(host, port, database, user);
  }

  /** The PostgreSQL binaries (initdb, pg_ctl), if installed. */
  public static Optional<Path> binaries() {
    return PostgresBinaries.find();
  }

  /**
   * Runs a command as the database's system user (root cannot run PostgreSQL); true if it worked.
   */
  public static String runAsServerUser(long timeoutSeconds, List<String> command) {
    String user = Shell.isRoot() ? LocalCluster.SUPERUSER : System.getProperty("user.name");
    Shell.Result result = Shell.runAs(user, timeoutSeconds, command);
    if (!result.ok()) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (" + result.exitCode() + "): " + result.output());
    }
    return result.output();
  }

  /** Whether this process runs as root (then the cluster runs as {@code postgres}). */
  public static boolean isRoot() {
    return Shell.isRoot();
  }
}
