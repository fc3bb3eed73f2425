package io.fieldline.backend.sync.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.ScopePage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Record states ({@code sync_record}), their history and scope snapshots. */
final class RecordRows {

  private RecordRows() {}

  static Optional<StoredRecord> find(DeferredWrites later, RecordKey key) throws SQLException {
    return Sql.first(
        later.query(
            "select entity_type, record_id, version, deleted, fields, field_versions, writers"
                + " from sync_record where entity_type = ? and record_id = ? for update",
            r -> new StoredRecord(state(r), StoreJson.readWriters(StoreJson.parse(r.getString(7)))),
            key.entityType(),
            key.id()));
  }

  /**
   * Writes version n of a record and its history row in one statement: inserts version 1, else
   * compares-and-sets version n - 1 (the history row is written only when the record was). Sent
   * with the transaction's next read; a lost race fails it there.
   */
  static void put(DeferredWrites later, StoredRecord record, Instant now) {
    RecordState s = record.state();
    Sql.Json fields = new Sql.Json(StoreJson.fields(s.fields()));
    Sql.Json versions = new Sql.Json(StoreJson.versions(s.fieldVersions()));
    Sql.Json writers = new Sql.Json(StoreJson.writers(record.fieldWriters()));
    String history =
        " insert into sync_record_version (entity_type, record_id, version, deleted, fields,"
            + " field_versions, committed_at) select entity_type, record_id, version, deleted,"
            + " fields, field_versions, ?::timestamptz from w";
    java.util.function.Supplier<RuntimeException> lost =
        () -> SqlFailures.lostRace("record " + s.key() + " is not at version " + (s.version() - 1));
    if (s.version() == 1) {
      later.addChecked(
          "with w as (insert into sync_record (entity_type, record_id, version, deleted,"
              + " fields, field_versions, writers) values (?, ?, 1, ?, ?::jsonb, ?::jsonb,"
              + " ?::jsonb) on conflict do nothing returning *)"
              + history,
          1,
          lost,
          s.key().entityType(),
          s.key().id(),
          s.deleted(),
          fields,
          versions,
          writers,
          now);
    } else {
      later.addChecked(
          "with w as (update sync_record set version = ?, deleted = ?, fields = ?::jsonb,"
              + " field_versions = ?::jsonb, writers = ?::jsonb"
              + " where entity_type = ? and record_id = ? and version = ? returning *)"
              + history,
          1,
          lost,
          s.version(),
          s.deleted(),
          fields,
          versions,
          writers,
          s.key().entityType(),
          s.key().id(),
          s.version() - 1,
          now);
    }
  }

  static Optional<RecordState> version(DeferredWrites later, RecordKey key, long version)
      throws SQLException {
    return Sql.first(
        later.query(
            "select entity_type, record_id, version, deleted, fields, field_versions from"
                + " sync_record_version where entity_type = ? and record_id = ? and version = ?",
            RecordRows::state,
            key.entityType(),
            key.id(),
            version));
  }

  /** Up to {@code limit} live members of a scope after {@code after}, in key order. */
  static ScopePage scopePage(
      Connection c, UUID tenant, String scope, Optional<RecordKey> after, int limit)
      throws SQLException {
    // ("", nil uuid) sorts before every real key: entity types start with a letter.
    String afterType = after.map(RecordKey::entityType).orElse("");
    UUID afterId = after.map(RecordKey::id).orElse(new UUID(0, 0));
    List<RecordState> rows =
        Sql.list(
            c,
            "select r.entity_type, r.record_id, r.version, r.deleted, r.fields, r.field_versions"
                + " from sync_scope_member m join sync_record r on r.tenant_id = m.tenant_id"
                + " and r.entity_type = m.entity_type and r.record_id = m.record_id"
                + " where m.tenant_id = ? and m.scope_id = ? and not r.deleted"
                + " and (m.entity_type, m.record_id) > (?, ?)"
                + " order by m.entity_type, m.record_id limit ?",
            RecordRows::state,
            tenant,
            scope,
            afterType,
            afterId,
            limit + 1);
    boolean more = rows.size() > limit;
    return new ScopePage(more ? rows.subList(0, limit) : rows, more);
  }

  /** Reads columns 1-6: entity_type, record_id, version, deleted, fields, field_versions. */
  static RecordState state(ResultSet r) throws SQLException {
    JsonNode fields = StoreJson.parse(r.getString(5));
    JsonNode versions = StoreJson.parse(r.getString(6));
    return new RecordState(
        new RecordKey(r.getString(1), r.getObject(2, UUID.class)),
        r.getLong(3),
        r.getBoolean(4),
        StoreJson.readFields(fields),
        StoreJson.readVersions(versions));
  }
}
