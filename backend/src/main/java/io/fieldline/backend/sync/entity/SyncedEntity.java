package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entity type synced to devices: the domain table that owns it, its fields and columns, its
 * merge policy, its scope rule and what devices may do to it. Each type is one small class listed
 * in {@link SyncedEntities}, plus one {@code sync_register_entity} line in a migration (the test
 * {@code SyncedEntitiesSchemaTest} checks that both agree). See backend/docs/sync.md.
 */
public interface SyncedEntity {

  /** The protocol's entity type ({@code "account"}). */
  String entityType();

  /** The table whose rows are the records (it has a uuid primary key {@code id}). */
  String table();

  /** Every field of the policy, with its column. */
  List<Column> columns();

  /** How fields merge (R19-R26); usually FieldlinePolicies' policy of the same name. */
  EntityPolicy policy();

  /** Who holds the records. */
  ScopeRule scopeRule();

  /** The column the scope rule reads (territory for REP_TERRITORY, parent id for FOLLOW_PARENT). */
  Optional<String> ruleColumn();

  /** The parent entity type of a FOLLOW_PARENT rule. */
  Optional<String> parentEntity();

  /** The operations devices may push for this type; others are rejected as INVALID_PAYLOAD. */
  Set<Operation> deviceOperations();

  /**
   * Fields naming another record (field to entity type) that must be in the pushing device's scope,
   * so a device cannot attach records to what it may not see.
   */
  default Map<String, String> scopedReferences() {
    return Map.of();
  }

  /** A territory field a device may only set to one of its user's territories. */
  default Optional<String> callerTerritoryField() {
    return Optional.empty();
  }

  /** Extra assignments when a device's write updates the row (optimistic-lock versions, stamps). */
  default String onUpdate() {
    return "";
  }

  /**
   * The type whose records carry this one into their scopes ({@code visit} for accounts): every
   * scope holding a carrier record whose {@link #carrierColumn} names a record also holds it.
   */
  default Optional<String> carrierEntity() {
    return Optional.empty();
  }

  /** The carrier's column naming records of this type. */
  default Optional<String> carrierColumn() {
    return Optional.empty();
  }

  /**
   * Server-owned fields the table fills in when a device creates a row (numbers from a BEFORE
   * INSERT trigger), reported in the push result ({@code applied.assigned}).
   */
  default Set<String> serverAssigned() {
    return Set.of();
  }

  /** Domain effects of a device's write beyond the row itself. */
  default DeviceWriteHook writeHook() {
    return DeviceWriteHook.NONE;
  }
}
