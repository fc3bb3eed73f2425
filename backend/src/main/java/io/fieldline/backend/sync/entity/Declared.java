package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.DeleteRule;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldType;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.merge.RecordRule;
import io.fieldline.sync.merge.StateMachine;
import io.fieldline.sync.wire.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A synced entity declared in one expression (the service and sales types): each column with its
 * merge policy, the scope rule, what devices may do, extra rules and a write hook. Built by {@link
 * #of}.
 */
final class Declared implements SyncedEntity {

  private final String entityType;
  private final String table;
  private final List<Column> columns = new ArrayList<>();
  private final EntityPolicy.Builder policy;
  private ScopeRule rule = ScopeRule.CATALOG;
  private String ruleColumn;
  private String parent;
  private String carrierEntity;
  private String carrierColumn;
  private Set<Operation> operations = Set.of();
  private final Map<String, String> references = new LinkedHashMap<>();
  private final List<RecordRule> rules = new ArrayList<>();
  private String onUpdate = "";
  private DeviceWriteHook hook = DeviceWriteHook.NONE;
  private Set<String> assigned = Set.of();
  private EntityPolicy built;

  private Declared(String entityType, String table) {
    this.entityType = entityType;
    this.table = table;
    this.policy = EntityPolicy.builder(entityType);
  }

  /** A type stored in {@code table}. */
  static Declared of(String entityType, String table) {
    return new Declared(entityType, table);
  }

  /** A field merged by {@code mergePolicy}. */
  Declared field(Column column, MergePolicy mergePolicy) {
    columns.add(column);
    policy.field(column.field(), fieldType(column.type()), mergePolicy);
    return this;
  }

  /** A server-owned field (the device is told when the server's value wins). */
  Declared server(Column... cs) {
    for (Column c : cs) {
      field(c, MergePolicy.SERVER_WINS);
    }
    return this;
  }

  /** A device-owned field. */
  Declared device(Column... cs) {
    for (Column c : cs) {
      field(c, MergePolicy.DEVICE_WINS);
    }
    return this;
  }

  /** A shared field: a concurrent change on both sides is held for a person. */
  Declared shared(Column... cs) {
    for (Column c : cs) {
      field(c, MergePolicy.HOLD_FOR_PERSON);
    }
    return this;
  }

  /** A status field: only {@code machine}'s transitions; an illegal one is held (R24). */
  Declared status(Column c, StateMachine machine) {
    columns.add(c);
    policy.status(c.field(), machine);
    return this;
  }

  Declared rule(ScopeRule scopeRule, String column) {
    this.rule = scopeRule;
    this.ruleColumn = column;
    return this;
  }

  Declared follows(String parentEntity, String column) {
    this.rule = ScopeRule.FOLLOW_PARENT;
    this.parent = parentEntity;
    this.ruleColumn = column;
    return this;
  }

  Declared carriedBy(String entity, String column) {
    this.carrierEntity = entity;
    this.carrierColumn = column;
    return this;
  }

  Declared devices(Operation... ops) {
    this.operations = Set.of(ops);
    return this;
  }

  Declared references(String field, String type) {
    references.put(field, type);
    return this;
  }

  Declared check(RecordRule r) {
    rules.add(r);
    return this;
  }

  Declared onUpdate(String assignments) {
    this.onUpdate = assignments;
    return this;
  }

  Declared hook(DeviceWriteHook h) {
    this.hook = h;
    return this;
  }

  Declared assigns(String... fields) {
    this.assigned = Set.of(fields);
    return this;
  }

  Declared deleteRule(DeleteRule d) {
    policy.deleteRule(d);
    return this;
  }

  @Override
  public String entityType() {
    return entityType;
  }

  @Override
  public String table() {
    return table;
  }

  @Override
  public List<Column> columns() {
    return List.copyOf(columns);
  }

  @Override
  public synchronized EntityPolicy policy() {
    if (built == null) {
      rules.forEach(policy::rule);
      built = policy.build();
    }
    return built;
  }

  @Override
  public ScopeRule scopeRule() {
    return rule;
  }

  @Override
  public Optional<String> ruleColumn() {
    return Optional.ofNullable(ruleColumn);
  }

  @Override
  public Optional<String> parentEntity() {
    return Optional.ofNullable(parent);
  }

  @Override
  public Optional<String> carrierEntity() {
    return Optional.ofNullable(carrierEntity);
  }

  @Override
  public Optional<String> carrierColumn() {
    return Optional.ofNullable(carrierColumn);
  }

  @Override
  public Set<Operation> deviceOperations() {
    return operations;
  }

  @Override
  public Map<String, String> scopedReferences() {
    return Map.copyOf(references);
  }

  @Override
  public String onUpdate() {
    return onUpdate;
  }

  @Override
  public Set<String> serverAssigned() {
    return assigned;
  }

  @Override
  public DeviceWriteHook writeHook() {
    return hook;
  }

  private static FieldType fieldType(ColumnType type) {
    return switch (type) {
      case TEXT, UUID, DATE -> FieldType.TEXT;
      case NUMBER, FLOAT -> FieldType.NUMBER;
      case BOOLEAN -> FieldType.BOOLEAN;
      case TIMESTAMP -> FieldType.TIMESTAMP;
      case JSON -> FieldType.OBJECT;
    };
  }
}
