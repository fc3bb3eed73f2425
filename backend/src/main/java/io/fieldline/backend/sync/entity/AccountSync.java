package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.wire.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts: in the scopes of the sales reps covering their territory; master data is server's. */
final class AccountSync implements SyncedEntity {

  @Override
  public String entityType() {
    return "account";
  }

  @Override
  public String table() {
    return "account";
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.text("name").required().maxLength(200),
        Column.of("billing_address", ColumnType.JSON),
        Column.of("territory_id", ColumnType.UUID).required(),
        Column.text("classification").in("value_grade").oneOf("A", "B", "C"),
        Column.text("phone").maxLength(50),
        Column.text("field_notes").maxLength(4000));
  }

  @Override
  public EntityPolicy policy() {
    return FieldlinePolicies.registry().find("account").orElseThrow();
  }

  @Override
  public ScopeRule scopeRule() {
    return ScopeRule.REP_TERRITORY;
  }

  @Override
  public Optional<String> ruleColumn() {
    return Optional.of("territory_id");
  }

  @Override
  public Optional<String> parentEntity() {
    return Optional.empty();
  }

  @Override
  public Set<Operation> deviceOperations() {
    return Set.of(Operation.CREATE, Operation.UPDATE);
  }

  @Override
  public Optional<String> callerTerritoryField() {
    return Optional.of("territory_id");
  }

  @Override
  public Optional<String> carrierEntity() {
    return Optional.of("visit");
  }

  @Override
  public Optional<String> carrierColumn() {
    return Optional.of("account_id");
  }

  @Override
  public String onUpdate() {
    return "version = version + 1, updated_at = now()";
  }
}
