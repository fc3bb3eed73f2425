package io.fieldline.backend.sync.store;

import static io.fieldline.backend.sync.store.Sql.first;

import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.StoredMutation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Devices, their last processed sequence and stored mutation results (R3, R6-R8, R13). */
final class DeviceRows {

  private DeviceRows() {}

  static Optional<DeviceInfo> find(DeferredWrites later, String deviceId) throws SQLException {
    return first(
        later.query(
            "select device_id, owner_id, scope_id from sync_device where device_id = ?",
            r -> new DeviceInfo(r.getString(1), r.getString(2), r.getString(3)),
            deviceId));
  }

  static void put(Connection c, DeviceInfo device) throws SQLException {
    Sql.update(
        c,
        "insert into sync_device (device_id, owner_id, scope_id) values (?, ?, ?)"
            + " on conflict (tenant_id, device_id) do update"
            + " set owner_id = excluded.owner_id, scope_id = excluded.scope_id",
        device.deviceId(),
        device.ownerId(),
        device.scopeId());
  }

  static long lastSequence(DeferredWrites later, String deviceId) throws SQLException {
    return first(
            later.query(
                "select last_sequence from sync_device_sequence where device_id = ?",
                r -> r.getLong(1),
                deviceId))
        .orElse(0L);
  }

  /**
   * The compare-and-set of R6: succeeds only when the last processed sequence is n - 1 (checked
   * when the write is sent: at the transaction's next statement or its commit).
   */
  static void claim(DeferredWrites later, String deviceId, long sequence) {
    java.util.function.Supplier<RuntimeException> lost =
        () ->
            SqlFailures.lostRace(
                "device "
                    + deviceId
                    + " is not at sequence "
                    + (sequence - 1)
                    + "; cannot claim it");
    if (sequence == 1) {
      later.addChecked(
          "insert into sync_device_sequence (device_id, last_sequence) values (?, 1)"
              + " on conflict do nothing",
          1,
          lost,
          deviceId);
    } else {
      later.addChecked(
          "update sync_device_sequence set last_sequence = ?"
              + " where device_id = ? and last_sequence = ?",
          1,
          lost,
          sequence,
          deviceId,
          sequence - 1);
    }
  }

  static Optional<StoredMutation> stored(DeferredWrites later, String deviceId, long sequence)
      throws SQLException {
    return first(
        later.query(
            "select body_hash, device_time, received_at, result from sync_mutation"
                + " where device_id = ? and sequence = ?",
            r ->
                new StoredMutation(
                    deviceId,
                    sequence,
                    r.getString(1),
                    Optional.ofNullable(Sql.instant(r, "device_time")),
                    Sql.instant(r, "received_at"),
                    StoreJson.readResult(r.getString(4))),
            deviceId,
            sequence));
  }

  /** Stores a result (sent with the transaction's next statement or at its commit). */
  static void putStored(DeferredWrites later, StoredMutation m) {
    later.addChecked(
        "insert into sync_mutation (device_id, sequence, body_hash, device_time, received_at,"
            + " result) values (?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing",
        1,
        () ->
            new IllegalStateException(
                "result of " + m.deviceId() + "#" + m.sequence() + " is already stored"),
        m.deviceId(),
        m.sequence(),
        m.bodyHash(),
        m.deviceTime().orElse(null),
        m.receivedAt(),
        new Sql.Json(StoreJson.result(m.result())));
  }
}
