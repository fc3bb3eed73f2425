package io.fieldline.contract.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.HeldField;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.RejectedResult;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where settled mutations go (R11): every final result in {@code settled}, permanent rejections in
 * {@code rejected}, held conflicts in {@code conflict}. Written in the same local transaction that
 * removes the mutation from the outbox.
 */
final class Inbox {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Inbox() {}

  static void settle(Connection c, Mutation m, MutationResult result) throws SQLException {
    Map<String, FieldValue> overridden = Map.of();
    Long version = null;
    if (result instanceof MergedResult r) {
      overridden = r.overridden();
      version = r.version();
    } else if (result instanceof ConflictHeldResult r) {
      overridden = r.overridden();
      version = r.version();
      LocalStore.update(
          c,
          "insert or replace into conflict (conflict_id, sequence, entity_type, record_id,"
              + " version, held, mine, overridden) values (?, ?, ?, ?, ?, ?, ?, ?)",
          r.conflictId().toString(),
          m.sequence(),
          m.entityType(),
          m.recordId().toString(),
          r.version(),
          heldJson(r.held()),
          FieldsJson.fields(m.fields()),
          FieldsJson.fields(r.overridden()));
    } else if (result instanceof RejectedResult r) {
      LocalStore.update(
          c,
          "insert or replace into rejected (sequence, entity_type, record_id, operation,"
              + " base_version, fields, device_time, code, message) values (?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?)",
          m.sequence(),
          m.entityType(),
          m.recordId().toString(),
          m.operation().wire(),
          m.baseVersion(),
          FieldsJson.fields(m.fields()),
          m.deviceTime().toString(),
          r.code().name(),
          r.message());
    } else if (result instanceof io.fieldline.sync.wire.AppliedResult r) {
      version = r.version();
    }
    LocalStore.update(
        c,
        "insert or replace into settled (sequence, kind, version, overridden) values (?, ?, ?, ?)",
        m.sequence(),
        result.kind().wire(),
        version,
        FieldsJson.fields(overridden));
  }

  static List<RejectedMutation> rejected(Connection c) throws SQLException {
    List<RejectedMutation> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "select sequence, entity_type, record_id, operation, base_version, fields,"
                    + " device_time, code, message from rejected where dismissed = 0"
                    + " order by sequence");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new RejectedMutation(
                OutboxTable.read(rs), SyncErrorCode.valueOf(rs.getString(8)), rs.getString(9)));
      }
    }
    return out;
  }

  static List<HeldConflict> conflicts(Connection c) throws SQLException {
    List<HeldConflict> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "select conflict_id, sequence, entity_type, record_id, version, held, mine,"
                    + " overridden from conflict where acknowledged = 0 order by sequence");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new HeldConflict(
                UUID.fromString(rs.getString(1)),
                rs.getLong(2),
                new RecordKey(rs.getString(3), UUID.fromString(rs.getString(4))),
                rs.getLong(5),
                held(rs.getString(6)),
                FieldsJson.fields(rs.getString(7)),
                FieldsJson.fields(rs.getString(8))));
      }
    }
    return out;
  }

  private static String heldJson(List<HeldField> held) {
    var array = MAPPER.createArrayNode();
    held.forEach(h -> array.addObject().put("field", h.field()).put("reason", h.reason().name()));
    return array.toString();
  }

  private static List<HeldField> held(String json) {
    try {
      List<HeldField> out = new ArrayList<>();
      for (JsonNode n : MAPPER.readTree(json)) {
        out.add(
            new HeldField(
                n.get("field").asText(), SyncErrorCode.valueOf(n.get("reason").asText())));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("unreadable held fields " + json, e);
    }
  }
}
