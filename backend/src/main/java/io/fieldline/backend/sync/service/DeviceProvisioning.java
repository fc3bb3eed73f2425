package io.fieldline.backend.sync.service;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Connects the identity feature's device registry to the sync store before each request: a device
 * registered to the caller (GraphQL {@code registerDevice}) is enrolled in the caller's scope
 * (opened with its initial membership the first time) and gets its last sync time and protocol
 * version recorded. Anything else (unknown id, another user's or tenant's device) is left alone;
 * the engine then refuses it as UNAUTHORIZED_DEVICE (R3).
 */
final class DeviceProvisioning {

  private DeviceProvisioning() {}

  static void enrol(
      DataSource dataSource, FieldlinePrincipal caller, String deviceId, OptionalInt version)
      throws SQLException {
    Optional<UUID> id = uuid(deviceId);
    if (id.isEmpty()) {
      return;
    }
    TenantTx.jdbc(
        dataSource,
        caller.tenantId(),
        Connection.TRANSACTION_READ_COMMITTED,
        c -> {
          if (!ownedByCaller(c, id.get(), caller.userId())) {
            return null;
          }
          String scope = Scopes.ofUser(caller.userId());
          run(c, "select sync_open_scope(?, ?)", scope, caller.userId());
          run(
              c,
              "insert into sync_device (device_id, owner_id, scope_id) values (?, ?, ?)"
                  + " on conflict (tenant_id, device_id) do update set owner_id = excluded.owner_id,"
                  + " scope_id = excluded.scope_id where sync_device.owner_id <> excluded.owner_id"
                  + " or sync_device.scope_id <> excluded.scope_id",
              deviceId,
              caller.userId().toString(),
              scope);
          run(
              c,
              "update device set last_sync_at = now(),"
                  + " protocol_version = coalesce(?, protocol_version) where id = ?",
              version.isPresent() ? version.getAsInt() : null,
              id.get());
          return null;
        });
  }

  private static boolean ownedByCaller(Connection c, UUID device, UUID user) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("select user_id from device where id = ?")) {
      q.setObject(1, device);
      try (ResultSet rows = q.executeQuery()) {
        return rows.next() && user.equals(rows.getObject(1, UUID.class));
      }
    }
  }

  private static void run(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      p.execute();
    }
  }

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
