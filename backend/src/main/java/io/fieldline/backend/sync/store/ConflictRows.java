package io.fieldline.backend.sync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.json.SyncJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conflicts held for a person (R25, R28) in table {@code sync_conflict}. */
final class ConflictRows {

  private static final String COLUMNS =
      "id, entity_type, record_id, device_id, sequence, record_version, fields, created_at,"
          + " resolved_by, resolved_at, resolved_version";

  private ConflictRows() {}

  static void put(Connection c, ConflictRecord conflict) throws SQLException {
    String by = null;
    Instant at = null;
    Long version = null;
    if (conflict.status() instanceof ConflictStatus.Resolved resolved) {
      by = resolved.resolvedBy();
      at = resolved.resolvedAt();
      version = resolved.version();
    }
    Sql.update(
        c,
        "insert into sync_conflict ("
            + COLUMNS
            + ")"
            + " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)"
            + " on conflict (tenant_id, id) do update set entity_type = excluded.entity_type,"
            + " record_id = excluded.record_id, device_id = excluded.device_id,"
            + " sequence = excluded.sequence, record_version = excluded.record_version,"
            + " fields = excluded.fields, created_at = excluded.created_at,"
            + " resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at,"
            + " resolved_version = excluded.resolved_version",
        conflict.id(),
        conflict.record().entityType(),
        conflict.record().id(),
        conflict.deviceId(),
        conflict.sequence(),
        conflict.recordVersion(),
        new Sql.Json(fields(conflict.fields())),
        conflict.createdAt(),
        by,
        at,
        version);
  }

  static Optional<ConflictRecord> find(Connection c, UUID id) throws SQLException {
    return Sql.one(
        c, "select " + COLUMNS + " from sync_conflict where id = ?", ConflictRows::read, id);
  }

  static List<ConflictRecord> of(Connection c, RecordKey key) throws SQLException {
    return Sql.list(
        c,
        "select "
            + COLUMNS
            + " from sync_conflict where entity_type = ? and record_id = ?"
            + " order by seq",
        ConflictRows::read,
        key.entityType(),
        key.id());
  }

  /** Reads a row selected with the standard columns. */
  static ConflictRecord read(ResultSet r) throws SQLException {
    String resolvedBy = r.getString("resolved_by");
    ConflictStatus status =
        resolvedBy == null
            ? new ConflictStatus.Open()
            : new ConflictStatus.Resolved(
                resolvedBy, Sql.instant(r, "resolved_at"), r.getLong("resolved_version"));
    return new ConflictRecord(
        r.getObject("id", UUID.class),
        new RecordKey(r.getString("entity_type"), r.getObject("record_id", UUID.class)),
        r.getString("device_id"),
        r.getLong("sequence"),
        r.getLong("record_version"),
        readFields(StoreJson.parse(r.getString("fields"))),
        Sql.instant(r, "created_at"),
        status);
  }

  private static String fields(List<FieldConflict> fields) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (FieldConflict f : fields) {
      ObjectNode node = array.addObject();
      node.put("field", f.field());
      f.base().ifPresent(base -> node.set("base", StoreJson.node(base)));
      node.set("mine", StoreJson.node(f.mine()));
      node.set("theirs", StoreJson.node(f.theirs()));
      node.put("reason", f.reason().name());
    }
    return array.toString();
  }

  private static List<FieldConflict> readFields(JsonNode array) {
    List<FieldConflict> out = new ArrayList<>();
    for (JsonNode node : array) {
      out.add(
          new FieldConflict(
              node.get("field").textValue(),
              node.has("base") ? Optional.of(SyncJson.toValue(node.get("base"))) : Optional.empty(),
              SyncJson.toValue(node.get("mine")),
              SyncJson.toValue(node.get("theirs")),
              SyncErrorCode.valueOf(node.get("reason").textValue())));
    }
    return out;
  }
}
