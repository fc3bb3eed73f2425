package io.fieldline.backend.sync.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.backend.sync.store.DomainSink;
import io.fieldline.backend.sync.store.StoreJson;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes devices' changes of synced records to their domain tables (the store's {@link
 * DomainSink}). Only the fields the record has are written; the capture trigger then finds the row
 * matching the sync state and only checks scope membership.
 */
public final class TableWriter implements DomainSink {

  /** The record this thread's last write created, when its type has server-assigned fields. */
  private static final ThreadLocal<RecordKey> CREATED = new ThreadLocal<>();

  /** The record this thread's last lock found without a domain row (so a write inserts it). */
  private static final ThreadLocal<RecordKey> ABSENT = new ThreadLocal<>();

  @Override
  public void lock(Connection c, RecordKey key) throws SQLException {
    DbRules.target(key);
    ABSENT.remove();
    Optional<SyncedEntity> entity = SyncedEntities.find(key.entityType());
    if (entity.isPresent() && !exists(c, entity.get(), key.id(), " for update")) {
      ABSENT.set(key);
    }
  }

  @Override
  public void write(Connection c, StoredRecord record) throws SQLException {
    Optional<SyncedEntity> found = SyncedEntities.find(record.key().entityType());
    if (found.isEmpty()) {
      return;
    }
    SyncedEntity e = found.get();
    RecordState s = record.state();
    if (s.deleted()) {
      try (PreparedStatement delete =
          c.prepareStatement("delete from " + e.table() + " where id = ?")) {
        delete.setObject(1, s.key().id());
        delete.executeUpdate();
      }
      return;
    }
    List<Column> present =
        e.columns().stream().filter(col -> s.fields().containsKey(col.field())).toList();
    // a row the lock (same transaction) found missing needs no second look
    JsonNode before = s.key().equals(ABSENT.get()) ? null : row(c, e, s.key().id());
    ABSENT.remove();
    if (before != null) {
      update(c, e, s, present);
    } else {
      insert(c, e, s, present);
      if (!e.serverAssigned().isEmpty()) {
        CREATED.set(s.key());
      }
    }
    e.writeHook().afterWrite(c, s, before);
  }

  /** The server-assigned fields of a record the last write on this thread created. */
  @Override
  public Map<String, FieldValue> assigned(Connection c, RecordKey key) throws SQLException {
    if (!key.equals(CREATED.get())) {
      return Map.of();
    }
    CREATED.remove();
    SyncedEntity e = SyncedEntities.find(key.entityType()).orElseThrow();
    try (PreparedStatement q =
        c.prepareStatement(
            "select fields::text from sync_record where entity_type = ? and record_id = ?")) {
      q.setString(1, key.entityType());
      q.setObject(2, key.id());
      try (ResultSet rows = q.executeQuery()) {
        if (!rows.next()) {
          return Map.of();
        }
        Map<String, FieldValue> fields = StoreJson.readFields(StoreJson.parse(rows.getString(1)));
        Map<String, FieldValue> out = new TreeMap<>();
        e.serverAssigned()
            .forEach(
                f -> {
                  if (fields.containsKey(f)) {
                    out.put(f, fields.get(f));
                  }
                });
        return out;
      }
    }
  }

  /** The row as {@code to_jsonb}, or null when it does not exist. */
  private static JsonNode row(Connection c, SyncedEntity e, UUID id) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select to_jsonb(t)::text from " + e.table() + " t where t.id = ?")) {
      q.setObject(1, id);
      try (ResultSet rows = q.executeQuery()) {
        return rows.next() ? StoreJson.parse(rows.getString(1)) : null;
      }
    }
  }

  private static void update(Connection c, SyncedEntity e, RecordState s, List<Column> present)
      throws SQLException {
    String assignments =
        present.stream()
            .map(col -> col.column() + " = ?" + col.type().cast())
            .collect(Collectors.joining(", "));
    if (!e.onUpdate().isEmpty()) {
      assignments = assignments.isEmpty() ? e.onUpdate() : assignments + ", " + e.onUpdate();
    }
    if (assignments.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement("update " + e.table() + " set " + assignments + " where id = ?")) {
      bind(update, s, present);
      update.setObject(present.size() + 1, s.key().id());
      update.executeUpdate();
    }
  }

  private static void insert(Connection c, SyncedEntity e, RecordState s, List<Column> present)
      throws SQLException {
    String columns = present.stream().map(col -> ", " + col.column()).collect(Collectors.joining());
    String values =
        present.stream().map(col -> ", ?" + col.type().cast()).collect(Collectors.joining());
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into " + e.table() + " (" + "id" + columns + ") values (?" + values + ")")) {
      insert.setObject(1, s.key().id());
      for (int i = 0; i < present.size(); i++) {
        set(insert, i + 2, present.get(i), s.value(present.get(i).field()));
      }
      insert.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, RecordState s, List<Column> present)
      throws SQLException {
    for (int i = 0; i < present.size(); i++) {
      set(statement, i + 1, present.get(i), s.value(present.get(i).field()));
    }
  }

  private static void set(PreparedStatement p, int index, Column col, FieldValue value)
      throws SQLException {
    if (value instanceof FieldValue.NullValue) {
      p.setNull(index, Types.OTHER);
    } else if (col.type() == ColumnType.JSON) {
      p.setString(index, StoreJson.node(value).toString());
    } else if (value instanceof FieldValue.TextValue t) {
      p.setString(index, t.value());
    } else if (value instanceof FieldValue.NumberValue n) {
      p.setBigDecimal(index, n.value());
    } else if (value instanceof FieldValue.BoolValue b) {
      p.setBoolean(index, b.value());
    } else {
      throw new IllegalArgumentException(
          col.field() + ": a " + value.typeName() + " does not fit a " + col.type() + " column");
    }
  }

  private static boolean exists(Connection c, SyncedEntity e, UUID id, String suffix)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select 1 from " + e.table() + " where id = ?" + suffix)) {
      q.setObject(1, id);
      try (ResultSet rows = q.executeQuery()) {
        return rows.next();
      }
    }
  }
}
