package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.DeleteRule;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldType;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.wire.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The catalog: every product in every scope, read-only on devices. */
final class ProductSync implements SyncedEntity {

  private static final EntityPolicy POLICY =
      EntityPolicy.builder("product")
          .serverOwned("product_line_id", FieldType.TEXT)
          .requiredField("sku", FieldType.TEXT, MergePolicy.SERVER_WINS)
          .requiredField("name", FieldType.TEXT, MergePolicy.SERVER_WINS)
          .serverOwned("unit", FieldType.TEXT)
          .serverOwned("tax_category", FieldType.TEXT)
          .serverOwned("kind", FieldType.TEXT)
          .serverOwned("active", FieldType.BOOLEAN)
          .deleteRule(DeleteRule.DELETE_WINS)
          .build();

  @Override
  public String entityType() {
    return "product";
  }

  @Override
  public String table() {
    return "product";
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.of("product_line_id", ColumnType.UUID),
        Column.text("sku").required().maxLength(64),
        Column.text("name").required().maxLength(200),
        Column.text("unit").maxLength(16),
        Column.text("tax_category").maxLength(32),
        Column.text("kind").oneOf("GOODS", "SERVICE", "PART"),
        Column.of("active", ColumnType.BOOLEAN));
  }

  @Override
  public EntityPolicy policy() {
    return POLICY;
  }

  @Override
  public ScopeRule scopeRule() {
    return ScopeRule.CATALOG;
  }

  @Override
  public Optional<String> ruleColumn() {
    return Optional.empty();
  }

  @Override
  public Optional<String> parentEntity() {
    return Optional.empty();
  }

  @Override
  public Set<Operation> deviceOperations() {
    return Set.of();
  }
}
