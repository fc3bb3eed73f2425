package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.DeleteRule;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldType;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sites (an account's addresses): follow their account's scopes. The address is shared (held for a
 * person on conflict); coordinates are what the phone measured on site, so the device wins.
 */
final class SiteSync implements SyncedEntity {

  private static final EntityPolicy POLICY =
      EntityPolicy.builder("site")
          .requiredField("account_id", FieldType.TEXT, MergePolicy.SERVER_WINS)
          .requiredField("name", FieldType.TEXT, MergePolicy.HOLD_FOR_PERSON)
          .shared("street", FieldType.TEXT)
          .shared("city", FieldType.TEXT)
          .shared("postal_code", FieldType.TEXT)
          .shared("country", FieldType.TEXT)
          .deviceOwned("latitude", FieldType.NUMBER)
          .deviceOwned("longitude", FieldType.NUMBER)
          .deleteRule(DeleteRule.EDIT_WINS)
          .build();

  @Override
  public String entityType() {
    return "site";
  }

  @Override
  public String table() {
    return "site";
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.of("account_id", ColumnType.UUID).required(),
        Column.text("name").required().maxLength(200),
        Column.text("street"),
        Column.text("city"),
        Column.text("postal_code"),
        Column.text("country").matching("^[A-Z]{2}$"),
        Column.of("latitude", ColumnType.FLOAT).between(-90, 90),
        Column.of("longitude", ColumnType.FLOAT).between(-180, 180));
  }

  @Override
  public EntityPolicy policy() {
    return POLICY;
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
    return Set.of(Operation.CREATE, Operation.UPDATE);
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
