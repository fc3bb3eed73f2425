package io.fieldline.contract.client;

import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox: mutations in sequence order, never changed once written (R5: the body hash identifies
 * a mutation). The next sequence lives in {@code meta} and only grows (gap-free from 1, R6), so a
 * number is never reused even after the outbox empties.
 */
final class OutboxTable {
  static final String NEXT_SEQUENCE = "next_sequence";

  private OutboxTable() {}

  /** Appends a mutation with the next sequence number; the stored mutation. */
  static Mutation append(Connection c, Mutation draft) throws SQLException {
    long next = LocalStore.meta(c, NEXT_SEQUENCE).map(Long::parseLong).orElse(1L);
    Mutation m = draft.withSequence(next);
    LocalStore.update(
        c,
        "insert into outbox (sequence, entity_type, record_id, operation, base_version, fields,"
            + " device_time) values (?, ?, ?, ?, ?, ?, ?)",
        m.sequence(),
        m.entityType(),
        m.recordId().toString(),
        m.operation().wire(),
        m.baseVersion(),
        FieldsJson.fields(m.fields()),
        m.deviceTime().toString());
    LocalStore.meta(c, NEXT_SEQUENCE, Long.toString(next + 1));
    return m;
  }

  /**
   * Puts a mutation with its own sequence (a restored outbox, the client conformance runner); the
   * next sequence moves past it.
   */
  static void restore(Connection c, Mutation m) throws SQLException {
    LocalStore.update(
        c,
        "insert or ignore into outbox (sequence, entity_type, record_id, operation, base_version,"
            + " fields, device_time) values (?, ?, ?, ?, ?, ?, ?)",
        m.sequence(),
        m.entityType(),
        m.recordId().toString(),
        m.operation().wire(),
        m.baseVersion(),
        FieldsJson.fields(m.fields()),
        m.deviceTime().toString());
    long next = LocalStore.meta(c, NEXT_SEQUENCE).map(Long::parseLong).orElse(1L);
    LocalStore.meta(c, NEXT_SEQUENCE, Long.toString(Math.max(next, m.sequence() + 1)));
  }

  /** The oldest pending mutations, at most {@code limit}. */
  static List<Mutation> pending(Connection c, int limit) throws SQLException {
    List<Mutation> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select sequence, entity_type, record_id, operation, base_version, fields, device_time"
                + " from outbox order by sequence limit ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  static Mutation read(ResultSet rs) throws SQLException {
    return new Mutation(
        rs.getLong(1),
        rs.getString(2),
        UUID.fromString(rs.getString(3)),
        Operation.fromWire(rs.getString(4)),
        rs.getLong(5),
        FieldsJson.fields(rs.getString(6)),
        Instant.parse(rs.getString(7)));
  }

  /** Removes a settled mutation; whether it was pending. */
  static boolean remove(Connection c, long sequence) throws SQLException {
    return LocalStore.update(c, "delete from outbox where sequence = ?", sequence) == 1;
  }

  static int size(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select count(*) from outbox");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
