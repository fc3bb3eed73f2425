package io.fieldline.contract.client;

import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.Change;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The server copy in SQLite ({@code record}, or {@code fresh_record} during a resync): changed only
 * by pulled changes (R35-R37). An upsert replaces the copy unless the copy is newer; a delete or
 * evict removes it.
 */
final class RecordTable {
  static final String LIVE = "record";
  static final String FRESH = "fresh_record";

  private final String table;

  RecordTable(String table) {
    this.table = table;
  }

  void apply(Connection c, Change change) throws SQLException {
    if (change instanceof Change.Upsert u) {
      keepNewer(c, u.record());
    } else if (change instanceof Change.Delete d) {
      Optional<RecordState> held = get(c, d.key());
      if (held.isPresent() && held.get().version() <= d.version()) {
        remove(c, d.key());
      }
    } else if (change instanceof Change.Evict e) {
      remove(c, e.key());
    } else if (change instanceof Change.Grant g) {
      keepNewer(c, g.record());
      for (RecordState related : g.related()) {
        keepNewer(c, related);
      }
    }
  }

  private void keepNewer(Connection c, RecordState state) throws SQLException {
    // one statement: the held copy is replaced unless it is newer (no read of its fields)
    LocalStore.update(
        c,
        "insert into "
            + table
            + " (entity_type, id, version, fields, field_versions) values (?, ?, ?, ?, ?)"
            + " on conflict (entity_type, id) do update set version = excluded.version,"
            + " fields = excluded.fields, field_versions = excluded.field_versions"
            + " where "
            + table
            + ".version <= excluded.version",
        state.key().entityType(),
        state.key().id().toString(),
        state.version(),
        FieldsJson.fields(state.fields()),
        FieldsJson.versions(state.fieldVersions()));
  }

  void remove(Connection c, RecordKey key) throws SQLException {
    LocalStore.update(
        c,
        "delete from " + table + " where entity_type = ? and id = ?",
        key.entityType(),
        key.id().toString());
  }

  Optional<RecordState> get(Connection c, RecordKey key) throws SQLException {
    List<RecordState> found =
        query(
            c,
            " where entity_type = ? and id = ?",
            new Object[] {key.entityType(), key.id().toString()});
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  List<RecordState> all(Connection c) throws SQLException {
    return query(c, " order by entity_type, id", new Object[0]);
  }

  /** Every record's version by key, without reading the fields (for the scope checksum). */
  Map<RecordKey, Long> versions(Connection c) throws SQLException {
    Map<RecordKey, Long> out = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("select entity_type, id, version from " + table);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(new RecordKey(rs.getString(1), UUID.fromString(rs.getString(2))), rs.getLong(3));
      }
    }
    return out;
  }

  List<RecordState> ofType(Connection c, String entityType) throws SQLException {
    return query(c, " where entity_type = ? order by id", new Object[] {entityType});
  }

  void clear(Connection c) throws SQLException {
    LocalStore.update(c, "delete from " + table);
  }

  /** Replaces the live copy with this (fresh) table's rows. */
  void copyTo(Connection c, RecordTable target) throws SQLException {
    target.clear(c);
    LocalStore.update(
        c,
        "insert into "
            + target.table
            + " (entity_type, id, version, fields, field_versions)"
            + " select entity_type, id, version, fields, field_versions from "
            + table);
  }

  private List<RecordState> query(Connection c, String where, Object[] args) throws SQLException {
    String sql = "select entity_type, id, version, fields, field_versions from " + table + where;
    List<RecordState> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new RecordState(
                  new RecordKey(rs.getString(1), UUID.fromString(rs.getString(2))),
                  rs.getLong(3),
                  false,
                  FieldsJson.fields(rs.getString(4)),
                  FieldsJson.versions(rs.getString(5))));
        }
      }
    }
    return out;
  }
}
