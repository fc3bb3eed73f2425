package io.fieldline.backend.sync.store;

import io.fieldline.sync.wire.ScopeChecksum;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scope checksums (R33) without paging the records through the engine: keyed by the scope's last
 * committed log position. Every change of a scope's content (a member's new version, a grant, evict
 * or delete) appends a log row for that scope in the same transaction, so while that position is
 * unchanged the checksum is too; a no-change re-sync then costs one index lookup. On a miss only
 * (entity type, id, version) are read, in key order (entity types in "C" collation, ids in byte
 * order, which is the canonical text order the protocol uses), never the fields. The cache is per
 * instance; the position makes it valid across instances.
 */
final class ScopeChecksums {

  private static final int MAX_ENTRIES = 10_000;

  private record Key(UUID tenant, String scope) {}

  private record Entry(long position, ScopeChecksum checksum) {}

  private static final Map<Key, Entry> CACHE = new ConcurrentHashMap<>();

  private ScopeChecksums() {}

  static Optional<ScopeChecksum> of(Connection c, UUID tenant, String scope) throws SQLException {
    long position =
        Sql.one(
                c,
                "select coalesce(max(position), 0) from sync_change where tenant_id = ?"
                    + " and scope_id = ? and position is not null",
                r -> r.getLong(1),
                tenant,
                scope)
            .orElse(0L);
    Key key = new Key(tenant, scope);
    Entry cached = CACHE.get(key);
    if (cached != null && cached.position() == position) {
      return Optional.of(cached.checksum());
    }
    ScopeChecksum computed = compute(c, tenant, scope);
    if (CACHE.size() >= MAX_ENTRIES) {
      CACHE.clear();
    }
    CACHE.put(key, new Entry(position, computed));
    return Optional.of(computed);
  }

  private static ScopeChecksum compute(Connection c, UUID tenant, String scope)
      throws SQLException {
    MessageDigest digest = sha256();
    long count = 0;
    try (PreparedStatement q =
        c.prepareStatement(
            "select m.entity_type, m.record_id::text, r.version from sync_scope_member m"
                + " join sync_record r on r.tenant_id = m.tenant_id"
                + " and r.entity_type = m.entity_type and r.record_id = m.record_id"
                + " where m.tenant_id = ? and m.scope_id = ? and not r.deleted"
                + " order by m.entity_type, m.record_id")) {
      q.setFetchSize(5000);
      q.setObject(1, tenant);
      q.setString(2, scope);
      try (ResultSet r = q.executeQuery()) {
        StringBuilder line = new StringBuilder(96);
        while (r.next()) {
          line.setLength(0);
          line.append(r.getString(1)).append(' ').append(r.getString(2)).append(' ');
          line.append(r.getLong(3)).append('\n');
          digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
          count++;
        }
      }
    }
    return new ScopeChecksum(count, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
