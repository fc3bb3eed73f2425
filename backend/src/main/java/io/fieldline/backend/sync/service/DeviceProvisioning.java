package io.fieldline.backend.sync.service;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
          run(
              c,
              "select sync_enrol(?, ?, ?, ?)",
              id.get(),
              caller.userId(),
              Scopes.ofUser(caller.userId()),
              version.isPresent() ? version.getAsInt() : null);
          return null;
        });
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
