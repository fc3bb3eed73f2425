package io.fieldline.backend.sync.entity;

import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.merge.RecordRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of entity types the backend syncs: add a {@link SyncedEntity} class to {@link #ALL}
 * (and its {@code sync_register_entity} line to a migration) to sync another type.
 */
public final class SyncedEntities {

  /** The name of the backend's policy registry. */
  public static final String POLICIES = "fieldline-backend";

  private static final List<SyncedEntity> ALL =
      all(
          List.of(
              new AccountSync(),
              new ContactSync(),
              new SiteSync(),
              new ProductSync(),
              new AttachmentSync()),
          ServiceEntities.all(),
          SalesEntities.all());

  private static final PolicyRegistry REGISTRY = buildRegistry();

  private SyncedEntities() {}

  /** Every synced entity type. */
  public static List<SyncedEntity> all() {
    return ALL;
  }

  /** The synced entity type called {@code entityType}, if any. */
  public static Optional<SyncedEntity> find(String entityType) {
    return ALL.stream().filter(e -> e.entityType().equals(entityType)).findFirst();
  }

  /**
   * The merge policies the backend's engine uses: each entity's policy plus the rules its columns
   * imply and the scope rules of its references.
   */
  public static PolicyRegistry policies() {
    return REGISTRY;
  }

  /**
   * The first column rule {@code fields} break for a type, if any: for server-side writes that
   * bypass the merge engine's rules (a person resolving a conflict).
   */
  public static Optional<String> columnProblem(
      String entityType, java.util.Map<String, io.fieldline.sync.model.FieldValue> fields) {
    return find(entityType).stream()
        .flatMap(e -> e.columns().stream())
        .flatMap(c -> ColumnRules.of(c).stream())
        .filter(rule -> !rule.holds().test(fields))
        .map(rule -> rule.name() + ": " + rule.message())
        .findFirst();
  }

  @SafeVarargs
  private static List<SyncedEntity> all(List<SyncedEntity>... groups) {
    List<SyncedEntity> all = new ArrayList<>();
    for (List<SyncedEntity> g : groups) {
      all.addAll(g);
    }
    return List.copyOf(all);
  }

  private static PolicyRegistry buildRegistry() {
    PolicyRegistry.Builder builder = PolicyRegistry.builder(POLICIES);
    for (SyncedEntity e : ALL) {
      EntityPolicy p = e.policy();
      List<RecordRule> rules = new ArrayList<>(p.rules());
      e.columns().forEach(c -> rules.addAll(ColumnRules.of(c)));
      e.scopedReferences()
          .forEach((field, type) -> rules.add(ScopeRules.referenceInScope(field, type)));
      e.callerTerritoryField().ifPresent(f -> rules.add(ScopeRules.callerTerritory(f)));
      builder.add(new EntityPolicy(p.entityType(), p.fields(), p.deleteRule(), rules));
    }
    return builder.build();
  }
}
