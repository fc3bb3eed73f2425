package io.fieldline.backend.sync.entity;

import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.sync.merge.RecordRule;
import java.util.UUID;

/**
 * Rules that depend on who pushes ({@link PushContext}) and on other records, read in the
 * mutation's own transaction ({@link PgSyncStore#current()}). Without a push context they fail
 * closed.
 */
final class ScopeRules {

  private ScopeRules() {}

  /** The record {@code field} names must be a member of the pushing device's scope. */
  static RecordRule referenceInScope(String field, String entityType) {
    return ColumnRules.rule(
        field + "_in_scope",
        field + " must name a " + entityType + " this device holds",
        ColumnRules.text(field, id -> ColumnRules.isUuid(id) && inScope(entityType, id)));
  }

  /** {@code field} must be one of the pushing user's territories. */
  static RecordRule callerTerritory(String field) {
    return ColumnRules.rule(
        field + "_yours",
        field + " must be one of your territories",
        ColumnRules.text(
            field,
            id ->
                ColumnRules.isUuid(id)
                    && PushContext.current()
                        .map(p -> p.territoryIds().contains(UUID.fromString(id)))
                        .orElse(false)));
  }

  private static boolean inScope(String entityType, String id) {
    PushContext context = PushContext.current().orElse(null);
    if (context == null || PgSyncStore.current().isEmpty()) {
      return false;
    }
    return PgSyncStore.current()
        .get()
        .exists(
            "select 1 from sync_scope_member where scope_id = ? and entity_type = ?"
                + " and record_id = ?",
            context.scopeId(),
            entityType,
            UUID.fromString(id));
  }
}
