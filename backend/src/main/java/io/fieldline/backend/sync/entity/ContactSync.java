package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contacts: follow their account's scopes; details are shared and held for a person on conflict.
 */
final class ContactSync implements SyncedEntity {

  @Override
  public String entityType() {
    return "contact";
  }

  @Override
  public String table() {
    return "contact";
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.of("account_id", ColumnType.UUID).required(),
        Column.text("first_name").required().maxLength(100),
        Column.text("last_name").required().maxLength(100),
        Column.text("email").matching("^[^@\\s]+@[^@\\s]+$"),
        Column.text("phone"),
        Column.text("role"),
        Column.text("notes").maxLength(4000));
  }

  @Override
  public EntityPolicy policy() {
    return FieldlinePolicies.registry().find("contact").orElseThrow();
  }

  @Override
  public ScopeRule scopeRule() {
    return ScopeRule.FOLLOW_PARENT;
  }

  @Override
  public Optional<String> ruleColumn() {
    return Optional.of("account_id");
  }

  @Override
  public Optional<String> parentEntity() {
    return Optional.of("account");
  }

  @Override
  public Set<Operation> deviceOperations() {
    return Set.of(Operation.CREATE, Operation.UPDATE, Operation.DELETE);
  }

  @Override
  public Map<String, String> scopedReferences() {
    return Map.of("account_id", "account");
  }

  @Override
  public String onUpdate() {
    return "version = version + 1";
  }
}
