package io.fieldline.backend.sync.store;

import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.store.LogPage;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ordered change log ({@code sync_change}): rows are staged with {@code sync_stage} and get
 * their commit position from the deferred trigger {@code sync_assign_position} (R31 (a)).
 */
final class LogRows {

  private static final String ENTRY_COLUMNS = "position, idx, scope_id, change, committed_at";

  private LogRows() {}

  /**
   * Stages a change (sent with the transaction's next statement or at its commit). The first change
   * a transaction stages goes through {@code sync_stage}, which also marks the transaction for its
   * commit position; later ones ({@code marked}) are plain inserts.
   */
  static void append(DeferredWrites later, String scope, Change change, boolean marked) {
    later.add(
        marked
            ? "insert into sync_change (scope_id, change) values (?, ?::jsonb)"
            : "select sync_stage(?, ?::jsonb)",
        scope,
        new Sql.Json(new String(SyncJson.encode(change), StandardCharsets.UTF_8)));
  }

  /**
   * Committed rows of a scope above {@code after}: the first {@code limit} rows plus the rest of
   * the last position they reach, so a position is never split (R32).
   */
  static LogPage read(Connection c, UUID tenant, String scope, long after, int limit)
      throws SQLException {
    Optional<Long> last =
        Sql.one(
            c,
            "select position from sync_change where tenant_id = ? and scope_id = ?"
                + " and position > ? order by position, idx offset ? limit 1",
            r -> r.getLong(1),
            tenant,
            scope,
            after,
            Math.max(limit, 1) - 1);
    String bound = last.isPresent() ? " and position <= ?" : "";
    Object[] params =
        last.isPresent()
            ? new Object[] {tenant, scope, after, last.get()}
            : new Object[] {tenant, scope, after};
    List<LogEntry> entries =
        Sql.list(
            c,
            "select "
                + ENTRY_COLUMNS
                + " from sync_change where tenant_id = ? and scope_id = ?"
                + " and position > ?"
                + bound
                + " order by position, idx",
            r ->
                new LogEntry(
                    r.getLong(1),
                    r.getInt(2),
                    r.getString(3),
                    SyncJson.decodeChange(r.getString(4).getBytes(StandardCharsets.UTF_8)),
                    Sql.instant(r, "committed_at")),
            params);
    boolean more =
        last.isPresent()
            && Sql.one(
                    c,
                    "select 1 from sync_change where tenant_id = ? and scope_id = ?"
                        + " and position > ? limit 1",
                    r -> true,
                    tenant,
                    scope,
                    last.get())
                .isPresent();
    return new LogPage(entries, more);
  }

  /** The highest visible position of the tenant (never below what retention removed). */
  static long head(Connection c, UUID tenant) throws SQLException {
    return Sql.one(
            c,
            "select greatest(coalesce((select max(position) from sync_change"
                + " where tenant_id = ? and position is not null), 0), coalesce((select"
                + " compacted_through from sync_log_position where tenant_id = ?), 0))",
            r -> r.getLong(1),
            tenant,
            tenant)
        .orElse(0L);
  }

  static long compactedThrough(Connection c, UUID tenant) throws SQLException {
    return Sql.one(
            c,
            "select compacted_through from sync_log_position where tenant_id = ?",
            r -> r.getLong(1),
            tenant)
        .orElse(0L);
  }

  /** Applies the retention horizon: log rows, superseded versions and stored results (R13, R39). */
  static void compact(Connection c, UUID tenant, Instant cutoff) throws SQLException {
    long through =
        Sql.one(
                c,
                "select coalesce(max(position), 0) from sync_change where tenant_id = ?"
                    + " and position is not null and committed_at < ?",
                r -> r.getLong(1),
                tenant,
                cutoff)
            .orElse(0L);
    Sql.update(
        c,
        "insert into sync_log_position (tenant_id, compacted_through) values (?, ?)"
            + " on conflict (tenant_id) do update set compacted_through ="
            + " greatest(sync_log_position.compacted_through, excluded.compacted_through)",
        tenant,
        through);
    Sql.update(
        c,
        "delete from sync_change where tenant_id = ? and position is not null and committed_at < ?",
        tenant,
        cutoff);
    Sql.update(
        c,
        "delete from sync_record_version v using sync_record_version n"
            + " where v.tenant_id = ? and n.tenant_id = v.tenant_id"
            + " and n.entity_type = v.entity_type and n.record_id = v.record_id"
            + " and n.version = v.version + 1 and n.committed_at < ?",
        tenant,
        cutoff);
    Sql.update(
        c, "delete from sync_mutation where tenant_id = ? and received_at < ?", tenant, cutoff);
  }
}
