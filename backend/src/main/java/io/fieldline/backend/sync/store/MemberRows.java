package io.fieldline.backend.sync.store;

import io.fieldline.sync.model.RecordKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** Scope membership ({@code sync_scope_member}, R16, R37). */
final class MemberRows {

  private MemberRows() {}

  static boolean isMember(DeferredWrites later, String scope, RecordKey key) throws SQLException {
    return !later
        .query(
            "select 1 from sync_scope_member where scope_id = ? and entity_type = ?"
                + " and record_id = ?",
            r -> true,
            scope,
            key.entityType(),
            key.id())
        .isEmpty();
  }

  static Set<String> scopesOf(DeferredWrites later, RecordKey key) throws SQLException {
    return new TreeSet<>(
        later.query(
            "select scope_id from sync_scope_member where entity_type = ? and record_id = ?",
            r -> r.getString(1),
            key.entityType(),
            key.id()));
  }

  /** Adds a member (sent with the transaction's next statement or at its commit). */
  static void add(DeferredWrites later, String scope, RecordKey key) {
    later.add(
        "insert into sync_scope_member (scope_id, entity_type, record_id) values (?, ?, ?)"
            + " on conflict do nothing",
        scope,
        key.entityType(),
        key.id());
  }

  static void remove(Connection c, String scope, RecordKey key) throws SQLException {
    Sql.update(
        c,
        "delete from sync_scope_member where scope_id = ? and entity_type = ? and record_id = ?",
        scope,
        key.entityType(),
        key.id());
  }
}
