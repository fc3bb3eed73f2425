package io.fieldline.backend.devdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Opens a connection as a PostgreSQL superuser, with short timeouts so nothing hangs. */
final class AdminConnection {
  private AdminConnection() {}

  static Connection open(String host, int port, String database, String user) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    String password = System.getenv("PGPASSWORD");
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "5");
    props.setProperty("socketTimeout", "120");
    props.setProperty("loginTimeout", "10");
    String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
    return DriverManager.getConnection(url, props);
  }

  /**
   * The name of a role on {@code host:port} that can create roles and databases, trying {@code
   * postgres} and then the operating-system user; empty if none can log in.
   */
  static Optional<String> findAdmin(String host, int port) {
    for (String user : new String[] {"postgres", System.getProperty("user.name")}) {
      try (Connection c = open(host, port, "postgres", user);
          var rs =
              c.createStatement()
                  .executeQuery(
                      "select rolsuper or (rolcreaterole and rolcreatedb) from pg_roles"
                          + " where rolname = current_user")) {
        if (rs.next() && rs.getBoolean(1)) {
          return Optional.of(user);
        }
        Log.info("Role '" + user + "' on " + host + ":" + port + " cannot create roles");
      } catch (SQLException e) {
        Log.info("Cannot log in to " + host + ":" + port + " as '" + user + "': " + e.getMessage());
      }
    }
    return Optional.empty();
  }
}
