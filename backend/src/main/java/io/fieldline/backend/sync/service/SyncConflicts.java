package io.fieldline.backend.sync.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sync.entity.SyncedEntities;
import io.fieldline.backend.sync.graphql.SyncConflictFieldView;
import io.fieldline.backend.sync.graphql.SyncConflictView;
import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.backend.sync.store.StoreJson;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.FieldValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Held conflicts for people (R25, R28): each is visible to the user of the device that raised it,
 * to managers and dispatchers whose territories hold the record, and to admins. Resolving writes
 * the chosen values as a new server version of the record (so every device gets it by pull) and
 * marks the conflict resolved.
 */
@ApplicationScoped
public class SyncConflicts {

  private static final String VISIBLE =
      "select c.id, d.owner_id from sync_conflict c left join sync_device d"
          + " on d.device_id = c.device_id"
          + " where (d.owner_id = ? or ? or (? and sync_record_territory(c.entity_type,"
          + " c.record_id) = any(?))) and (not ? or c.resolved_by is null)"
          + " and (?::uuid is null or c.id = ?::uuid) order by c.seq";

  private final SyncEngines engines;
  private final DataSource dataSource;

  public SyncConflicts(SyncEngines engines, DataSource dataSource) {
    this.engines = engines;
    this.dataSource = dataSource;
  }

  /** The conflicts the caller may see, oldest first; only open ones when {@code openOnly}. */
  public List<SyncConflictView> visible(FieldlinePrincipal caller, boolean openOnly) {
    Map<UUID, String> owners = visibleOwners(caller, openOnly, null);
    PgSyncStore store = engines.store(caller.tenantId());
    return store.inTransaction(
        tx ->
            owners.keySet().stream()
                .map(id -> view(tx.conflict(id).orElseThrow(), owners.get(id)))
                .toList());
  }

  /** Resolves a conflict the caller may see with a value for every held field. */
  public SyncConflictView resolve(
      FieldlinePrincipal caller, UUID id, Map<String, FieldValue> chosen) {
    Map<UUID, String> owners = visibleOwners(caller, false, id);
    if (!owners.containsKey(id)) {
      throw ApiException.notFound("Sync conflict", id);
    }
    var conflicts = engines.engine(caller.tenantId()).conflicts();
    ConflictRecord conflict = conflicts.find(id).orElseThrow();
    if (!conflict.open()) {
      throw new ApiException(ErrorCode.INVALID_STATE, "This conflict is already resolved");
    }
    Map<String, FieldValue> merged =
        new HashMap<>(
            engines
                .store(caller.tenantId())
                .inTransaction(tx -> tx.record(conflict.record()))
                .map(r -> r.state().fields())
                .orElse(Map.of()));
    merged.putAll(chosen);
    merged.remove("_deleted");
    Optional<String> problem = SyncedEntities.columnProblem(conflict.record().entityType(), merged);
    if (problem.isPresent()) {
      throw ApiException.invalid("choices", problem.get());
    }
    try {
      conflicts.resolve(id, chosen, caller.userId().toString());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("choices", e.getMessage());
    } catch (IllegalStateException e) {
      throw new ApiException(ErrorCode.INVALID_STATE, "This conflict is already resolved");
    }
    return view(conflicts.find(id).orElseThrow(), owners.get(id));
  }

  private Map<UUID, String> visibleOwners(FieldlinePrincipal caller, boolean openOnly, UUID id) {
    boolean admin = caller.hasRole(Role.ADMIN);
    boolean territorial = caller.hasAnyRole(Role.MANAGER, Role.DISPATCHER);
    try {
      return TenantTx.jdbc(
          dataSource,
          caller.tenantId(),
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            try (PreparedStatement q = c.prepareStatement(VISIBLE)) {
              q.setString(1, caller.userId().toString());
              q.setBoolean(2, admin);
              q.setBoolean(3, territorial);
              q.setArray(4, c.createArrayOf("uuid", caller.territoryIds().toArray()));
              q.setBoolean(5, openOnly);
              q.setObject(6, id);
              q.setObject(7, id);
              Map<UUID, String> out = new LinkedHashMap<>();
              try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                  out.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
              }
              return out;
            }
          });
    } catch (SQLException e) {
      throw new ApiException(ErrorCode.RETRYABLE, "The server is busy; retry later");
    }
  }

  private static SyncConflictView view(ConflictRecord c, String owner) {
    List<SyncConflictFieldView> fields = new ArrayList<>();
    c.fields()
        .forEach(
            f ->
                fields.add(
                    new SyncConflictFieldView(
                        f.field(),
                        f.base().map(b -> StoreJson.node(b).toString()).orElse(null),
                        StoreJson.node(f.mine()).toString(),
                        StoreJson.node(f.theirs()).toString(),
                        f.reason().name())));
    ConflictStatus.Resolved resolved = c.status() instanceof ConflictStatus.Resolved r ? r : null;
    return new SyncConflictView(
        c.id(),
        c.record().entityType(),
        c.record().id(),
        c.deviceId(),
        uuid(owner),
        c.sequence(),
        c.recordVersion(),
        c.createdAt(),
        resolved == null ? "OPEN" : "RESOLVED",
        resolved == null ? null : resolved.resolvedBy(),
        resolved == null ? null : resolved.resolvedAt(),
        resolved == null ? null : resolved.version(),
        fields);
  }

  private static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
