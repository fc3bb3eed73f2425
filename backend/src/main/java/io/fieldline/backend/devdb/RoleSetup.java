package io.fieldline.backend.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the project's roles and database idempotently: an owner role that runs migrations and a
 * service role that is neither owner, superuser nor BYPASSRLS, so row-level security binds it.
 */
final class RoleSetup {
  static final String OWNER = "fieldline_owner";
  static final String APP = "fieldline_app";

  private RoleSetup() {}

  /**
   * Provisions {@code database}; with {@code fresh} it is dropped and created again, so tests start
   * from an empty schema every run.
   */
  static DbTarget provision(String host, int port, String admin, String database, boolean fresh) {
    try (Connection c = AdminConnection.open(host, port, "postgres", admin);
        Statement s = c.createStatement()) {
      ensureRole(s, OWNER, "NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB");
      ensureRole(s, APP, "NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT");
      boolean exists;
      try (var rs =
          s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        exists = rs.next();
      }
      if (exists && fresh) {
        Log.info("Dropping the previous " + database + " database");
        s.execute("drop database " + database + " with (force)");
        exists = false;
      }
      if (!exists) {
        Log.info("Creating database " + database + " on " + host + ":" + port);
        s.execute(
            "create database "
                + database
                + " owner "
                + OWNER
                + " encoding 'UTF8' template template0");
      }
      s.execute("revoke all on database " + database + " from public");
      s.execute("grant connect, temporary on database " + database + " to " + APP);
    } catch (SQLException e) {
      throw new BootstrapException(
          "Could not set up roles and database on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    try (Connection c = AdminConnection.open(host, port, database, admin);
        Statement s = c.createStatement()) {
      s.execute("alter schema public owner to " + OWNER);
      s.execute("revoke create on schema public from public");
    } catch (SQLException e) {
      throw new BootstrapException(
          "Could not prepare schema in " + database + ": " + e.getMessage(), e);
    }
    return new DbTarget(host, port, database, OWNER, OWNER, APP, APP);
  }

  private static void ensureRole(Statement s, String role, String attributes) throws SQLException {
    boolean exists;
    try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
      exists = rs.next();
    }
    String verb = exists ? "alter" : "create";
    s.execute(verb + " role " + role + " with login " + attributes + " password '" + role + "'");
  }
}
