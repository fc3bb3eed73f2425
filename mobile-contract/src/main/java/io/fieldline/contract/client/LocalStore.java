package io.fieldline.contract.client;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The device's SQLite database (the same kind of store a phone uses): the server copy of the scope
 * ({@code record}, and {@code fresh_record} while a resync runs), the outbox, the rejected
 * mutations, the conflict inbox, settled results, the attachment queue and small settings ({@code
 * meta}: device id, cursor, next sequence). One connection; every change is one local transaction
 * ({@link #inTx}).
 */
public final class LocalStore implements AutoCloseable {

  /** Work inside a local transaction. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final String[] SCHEMA = {
    "create table if not exists meta (key text primary key, value text not null)",
    "create table if not exists record (entity_type text not null, id text not null,"
        + " version integer not null, fields text not null, field_versions text not null,"
        + " primary key (entity_type, id))",
    "create table if not exists fresh_record (entity_type text not null, id text not null,"
        + " version integer not null, fields text not null, field_versions text not null,"
        + " primary key (entity_type, id))",
    "create table if not exists outbox (sequence integer primary key, entity_type text not null,"
        + " record_id text not null, operation text not null, base_version integer not null,"
        + " fields text not null, device_time text not null)",
    "create table if not exists rejected (sequence integer primary key, entity_type text not null,"
        + " record_id text not null, operation text not null, base_version integer not null,"
        + " fields text not null, device_time text not null, code text not null,"
        + " message text not null, dismissed integer not null default 0)",
    "create table if not exists conflict (conflict_id text primary key, sequence integer not null,"
        + " entity_type text not null, record_id text not null, version integer not null,"
        + " held text not null, mine text not null, overridden text not null,"
        + " acknowledged integer not null default 0)",
    "create table if not exists settled (sequence integer primary key, kind text not null,"
        + " version integer, overridden text not null)",
    "create table if not exists attachment (sha256 text primary key, id text not null,"
        + " path text not null, size integer not null, media_type text not null,"
        + " uploaded integer not null default 0, done integer not null default 0)",
    // any write to the server copy, whoever makes it, forgets the checksum it last matched
    forgetChecksum("insert"),
    forgetChecksum("update"),
    forgetChecksum("delete")
  };

  private static String forgetChecksum(String event) {
    return "create trigger if not exists record_"
        + event
        + "_forgets_checksum after "
        + event
        + " on record begin delete from meta where key = '"
        + Puller.CHECKED
        + "'; end";
  }

  private final Connection connection;

  private LocalStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens (creating if needed) the database file; {@code ":memory:"} for a throw-away store. */
  public static LocalStore open(String path) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
      try (Statement s = c.createStatement()) {
        s.execute("pragma journal_mode = wal");
        s.execute("pragma synchronous = normal");
        for (String ddl : SCHEMA) {
          s.execute(ddl);
        }
      }
      c.setAutoCommit(false);
      c.commit();
      return new LocalStore(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the local store " + path, e);
    }
  }

  /** Runs {@code work} in one local transaction: all of it is kept or none. */
  public synchronized <T> T inTx(Work<T> work) {
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("local store failure", e);
    }
  }

  /** A setting, if set. */
  public Optional<String> meta(String key) {
    return inTx(c -> meta(c, key));
  }

  static Optional<String> meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select value from meta where key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void meta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into meta (key, value) values (?, ?)"
                + " on conflict (key) do update set value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  /** Runs one statement with positional arguments; the rows changed. */
  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the local store", e);
    }
  }
}
