package io.fieldline.backend.harness;

import io.fieldline.backend.sync.store.StoreJson;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Operation;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The invariants every run ends with, read from the database with a superuser connection (all
 * tenants): per device, stored results == last sequence with no gap, and every queued mutation has
 * exactly the result the device was told; no record version applied twice (no two results claim one
 * version; with devices as the only writers, a record's version is exactly the number of versions
 * its results claim); every device's copy equals the server's view of its scope; no held conflict
 * without its record; no row naming another tenant's device or record.
 */
public final class InvariantChecker {
  private InvariantChecker() {}

  public static Verdict check(Connection c, List<Device> devices, boolean devicesOnlyWriters)
      throws SQLException {
    Verdict.Builder v = new Verdict.Builder();
    Map<RecordKey, Map<Long, String>> claims = new HashMap<>();
    Map<RecordKey, UUID> tenantOf = new HashMap<>();
    Map<RecordKey, Map<Long, String>> writes = new HashMap<>();
    for (Device d : devices) {
      ledger(c, d, v, claims, writes, tenantOf);
    }
    for (Map.Entry<RecordKey, Map<Long, String>> e : claims.entrySet()) {
      records(c, tenantOf.get(e.getKey()), e.getKey(), e.getValue(), devicesOnlyWriters, v);
    }
    for (Device d : devices) {
      scope(c, d, v);
    }
    v.orphanConflicts =
        count(
            c,
            "select count(*) from sync_mutation m where m.result->'results'->0->>'type' ="
                + " 'conflict_held' and not exists (select 1 from sync_conflict k where"
                + " k.tenant_id = m.tenant_id"
                + " and k.id = (m.result->'results'->0->>'conflictId')::uuid)");
    v.crossTenant = CrossTenant.count(c);
    return v.build();
  }

  private static void ledger(
      Connection c,
      Device d,
      Verdict.Builder v,
      Map<RecordKey, Map<Long, String>> claims,
      Map<RecordKey, Map<Long, String>> writes,
      Map<RecordKey, UUID> tenantOf)
      throws SQLException {
    SyncClient client = d.client();
    String device = client.deviceId().toString();
    v.stuck += client.pending();
    long last =
        count(
            c,
            "select last_sequence from sync_device_sequence where tenant_id = ? and device_id = ?",
            d.tenant(),
            device);
    Map<Long, MutationResult> stored = new TreeMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "select sequence, result::text from sync_mutation where tenant_id = ?"
                + " and device_id = ? order by sequence")) {
      p.setObject(1, d.tenant());
      p.setString(2, device);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          PushResult wrapper =
              (PushResult)
                  SyncJson.decodePushResponse(r.getString(2).getBytes(StandardCharsets.UTF_8));
          stored.put(r.getLong(1), wrapper.results().get(0));
        }
      }
    }
    long max = stored.isEmpty() ? 0 : ((TreeMap<Long, MutationResult>) stored).lastKey();
    if (stored.size() != last || max != last) {
      v.diverged++;
      v.problem(device + ": ledger last=" + last + " results=" + stored.size() + " max=" + max);
    }
    Map<Long, SyncClient.Sent> sent = client.sent();
    for (SyncClient.Sent s : sent.values()) {
      MutationResult server = stored.get(s.sequence());
      if (server == null) {
        if (s.result() != null || client.pending() == 0) {
          v.lost++;
          v.problem(device + " #" + s.sequence() + ": no stored result");
        }
        continue;
      }
      v.processed++;
      long version = WireClient.version(server);
      if (version > 0) {
        v.applied++;
        String who = device + "#" + s.sequence();
        Map<Long, String> byVersion = claims.computeIfAbsent(s.key(), k -> new HashMap<>());
        // only a plain applied create or update always writes a new version; a merge or a
        // held conflict may keep the current one, a repeated delete answers the tombstone's
        byVersion.putIfAbsent(version, who);
        String before =
            server instanceof AppliedResult && s.operation() != Operation.DELETE
                ? writes.computeIfAbsent(s.key(), k -> new HashMap<>()).putIfAbsent(version, who)
                : null;
        if (before != null) {
          v.duplicated++;
          v.problem(s.key() + " v" + version + " claimed by " + before + " and " + who);
        }
        tenantOf.put(s.key(), d.tenant());
      }
      if (s.result() == null) {
        v.lost++;
        v.problem(device + " #" + s.sequence() + ": result never reached the device");
      } else if (!s.result().equals(server)) {
        v.diverged++;
        v.problem(device + " #" + s.sequence() + ": device " + s.result() + " server " + server);
      }
    }
    for (long seq : stored.keySet()) {
      if (!sent.containsKey(seq)) {
        v.diverged++;
        v.problem(device + " #" + seq + ": stored but never sent");
      }
    }
  }

  private static void records(
      Connection c,
      UUID tenant,
      RecordKey key,
      Map<Long, String> claimed,
      boolean devicesOnly,
      Verdict.Builder v)
      throws SQLException {
    long version =
        count(
            c,
            "select version from sync_record where tenant_id = ? and entity_type = ?"
                + " and record_id = ?",
            tenant,
            key.entityType(),
            key.id());
    long maxClaimed = claimed.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    if (version < maxClaimed) {
      v.lost++;
      v.problem(key + ": server version " + version + " below claimed " + maxClaimed);
    } else if (devicesOnly && version > claimed.size()) {
      v.duplicated += version - claimed.size();
      v.problem(key + ": " + version + " versions for " + claimed.size() + " applied mutations");
    }
  }

  private static void scope(Connection c, Device d, Verdict.Builder v) throws SQLException {
    Map<RecordKey, RecordState> copy = d.client().serverCopy();
    Set<RecordKey> seen = new HashSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "select m.entity_type, m.record_id, r.version, r.fields::text from sync_scope_member m"
                + " join sync_record r on r.tenant_id = m.tenant_id"
                + " and r.entity_type = m.entity_type and r.record_id = m.record_id"
                + " where m.tenant_id = ? and m.scope_id = ? and not r.deleted")) {
      p.setObject(1, d.tenant());
      p.setString(2, d.scopeId());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          RecordKey key = new RecordKey(r.getString(1), r.getObject(2, UUID.class));
          seen.add(key);
          RecordState held = copy.get(key);
          Map<String, FieldValue> fields =
              StoreJson.readFields(
                  SyncJson.parseTree(r.getString(4).getBytes(StandardCharsets.UTF_8)));
          if (held == null || held.version() != r.getLong(3) || !held.fields().equals(fields)) {
            v.diverged++;
            v.problem(
                d.client().deviceId()
                    + " "
                    + key
                    + ": device "
                    + (held == null ? "missing" : "v" + held.version())
                    + ", server v"
                    + r.getLong(3));
          }
        }
      }
    }
    for (RecordKey key : copy.keySet()) {
      if (!seen.contains(key)) {
        v.diverged++;
        v.problem(d.client().deviceId() + " " + key + ": held by the device, not in its scope");
      }
    }
  }

  static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }
}
