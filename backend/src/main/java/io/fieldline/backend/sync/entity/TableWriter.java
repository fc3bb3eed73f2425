package io.fieldline.backend.sync.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.backend.sync.store.DomainSink;
import io.fieldline.backend.sync.store.StoreJson;
import io.fieldline.backend.sync.store.TxStatements;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes devices' changes of synced records to their domain tables (the store's {@link
 * DomainSink}). Only the fields the record has are written; the capture trigger then finds the row
 * matching the sync state and only checks scope membership. Inserts, updates and deletes are queued
 * ({@link TxStatements#defer}): they reach the database with the transaction's next read.
 */
public final class TableWriter implements DomainSink {

  /** The record this thread's last write created, when its type has server-assigned fields. */
  private static final ThreadLocal<RecordKey> CREATED = new ThreadLocal<>();

  /** The record this thread's last lock found without a domain row (so a write inserts it). */
  private static final ThreadLocal<RecordKey> ABSENT = new ThreadLocal<>();

  @Override
  public Optional<String> lockStatement(RecordKey key) {
    DbRules.target(key);
    ABSENT.remove();
    return SyncedEntities.find(key.entityType())
        .map(e -> "select 1 from " + e.table() + " where id = ? for update");
  }

  @Override
  public void locked(RecordKey key, boolean found) {
    if (!found) {
      ABSENT.set(key);
    }
  }

  @Override
  public void write(TxStatements tx, StoredRecord record) throws SQLException {
    Optional<SyncedEntity> found = SyncedEntities.find(record.key().entityType());
    if (found.isEmpty()) {
      return;
    }
    SyncedEntity e = found.get();
    RecordState s = record.state();
    if (s.deleted()) {
      tx.defer("delete from " + e.table() + " where id = ?", s.key().id());
      return;
    }
    List<Column> present =
        e.columns().stream().filter(col -> s.fields().containsKey(col.field())).toList();
    // a row the lock (same transaction) found missing needs no second look
    JsonNode before = s.key().equals(ABSENT.get()) ? null : row(tx.connection(), e, s.key().id());
    ABSENT.remove();
    if (before != null) {
      update(tx, e, s, present);
    } else {
      insert(tx, e, s, present);
      if (!e.serverAssigned().isEmpty()) {
        CREATED.set(s.key());
      }
    }
    if (e.writeHook() != DeviceWriteHook.NONE) {
      e.writeHook().afterWrite(tx.connection(), s, before);
    }
  }

  /** The server-assigned fields of a record the last write on this thread created. */
  @Override
  public Map<String, FieldValue> assigned(TxStatements tx, RecordKey key) throws SQLException {
    if (!key.equals(CREATED.get())) {
      return Map.of();
    }
    CREATED.remove();
    SyncedEntity e = SyncedEntities.find(key.entityType()).orElseThrow();
    try (PreparedStatement q =
        tx.connection()
            .prepareStatement(
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

  private static void update(TxStatements tx, SyncedEntity e, RecordState s, List<Column> present) {
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
    Object[] params = new Object[present.size() + 1];
    bind(params, 0, s, present);
    params[present.size()] = s.key().id();
    tx.defer("update " + e.table() + " set " + assignments + " where id = ?", params);
  }

  private static void insert(TxStatements tx, SyncedEntity e, RecordState s, List<Column> present) {
    String columns = present.stream().map(col -> ", " + col.column()).collect(Collectors.joining());
    String values =
        present.stream().map(col -> ", ?" + col.type().cast()).collect(Collectors.joining());
    Object[] params = new Object[present.size() + 1];
    params[0] = s.key().id();
    bind(params, 1, s, present);
    tx.defer("insert into " + e.table() + " (id" + columns + ") values (?" + values + ")", params);
  }

  /** The values of {@code present} from {@code at} on, as the store binds them. */
  private static void bind(Object[] params, int at, RecordState s, List<Column> present) {
    for (int i = 0; i < present.size(); i++) {
      params[at + i] = value(present.get(i), s.value(present.get(i).field()));
    }
  }

  private static Object value(Column col, FieldValue value) {
    if (value instanceof FieldValue.NullValue) {
      return null;
    } else if (col.type() == ColumnType.JSON) {
      return StoreJson.node(value).toString();
    } else if (value instanceof FieldValue.TextValue t) {
      return t.value();
    } else if (value instanceof FieldValue.NumberValue n) {
      return n.value();
    } else if (value instanceof FieldValue.BoolValue b) {
      return b.value();
    }
    throw new IllegalArgumentException(
        col.field() + ": a " + value.typeName() + " does not fit a " + col.type() + " column");
  }
}
