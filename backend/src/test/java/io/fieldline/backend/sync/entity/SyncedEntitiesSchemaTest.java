package io.fieldline.backend.sync.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.merge.FieldPolicy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The Java registry of synced entities and the database's registration (sync_register_entity)
 * describe the same types, tables, scope rules and field-to-column mappings, and every policy field
 * has exactly one column of a matching type.
 */
@QuarkusTest
class SyncedEntitiesSchemaTest {

  @Inject DataSource dataSource;

  @Test
  void theDatabaseRegistersExactlyTheJavaRegistry() throws SQLException {
    Map<String, String> javaTypes = new TreeMap<>();
    Map<String, String> javaFields = new TreeMap<>();
    Map<String, ColumnType> javaColumnTypes = new TreeMap<>();
    for (SyncedEntity e : SyncedEntities.all()) {
      javaTypes.put(
          e.entityType(),
          e.table()
              + "|"
              + e.scopeRule()
              + "|"
              + e.ruleColumn().orElse("")
              + "|"
              + e.parentEntity().orElse("")
              + "|"
              + e.carrierEntity().orElse("")
              + "|"
              + e.carrierColumn().orElse(""));
      e.columns().forEach(c -> javaFields.put(e.entityType() + "." + c.field(), c.column()));
      e.columns().forEach(c -> javaColumnTypes.put(e.entityType() + "." + c.field(), c.type()));
    }

    Map<String, String> dbTypes = new TreeMap<>();
    Map<String, String> dbFields = new TreeMap<>();
    Map<String, String> dbSqlTypes = new TreeMap<>();
    TenantTx.jdbc(
        dataSource,
        UUID.randomUUID(),
        Connection.TRANSACTION_READ_COMMITTED,
        c -> {
          try (ResultSet r =
              c.createStatement()
                  .executeQuery(
                      "select entity_type, table_name, scope_rule, coalesce(rule_column, ''),"
                          + " coalesce(parent_entity, ''), coalesce(carrier_entity, ''),"
                          + " coalesce(carrier_column, '') from sync_entity")) {
            while (r.next()) {
              dbTypes.put(
                  r.getString(1),
                  r.getString(2)
                      + "|"
                      + r.getString(3)
                      + "|"
                      + r.getString(4)
                      + "|"
                      + r.getString(5)
                      + "|"
                      + r.getString(6)
                      + "|"
                      + r.getString(7));
            }
          }
          try (ResultSet r =
              c.createStatement()
                  .executeQuery(
                      "select entity_type, field, column_name, sql_type from sync_entity_field")) {
            while (r.next()) {
              dbFields.put(r.getString(1) + "." + r.getString(2), r.getString(3));
              dbSqlTypes.put(r.getString(1) + "." + r.getString(2), r.getString(4));
            }
          }
          return null;
        });

    assertThat(dbTypes).isEqualTo(javaTypes);
    assertThat(dbFields).isEqualTo(javaFields);
    javaColumnTypes.forEach(
        (field, type) ->
            assertThat(type.matchesSql(dbSqlTypes.get(field)))
                .as("%s is %s in the database, declared %s", field, dbSqlTypes.get(field), type)
                .isTrue());
  }

  @Test
  void theServiceRoleCannotChangeTheRegistry() {
    assertThatThrownBy(
            () ->
                TenantTx.jdbc(
                    dataSource,
                    UUID.randomUUID(),
                    Connection.TRANSACTION_READ_COMMITTED,
                    c -> c.createStatement().executeUpdate("delete from sync_entity_field")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("permission denied");
  }

  @Test
  void everyPolicyFieldHasOneColumnOfItsType() {
    for (SyncedEntity e : SyncedEntities.all()) {
      Map<String, ColumnType> columnTypes =
          e.columns().stream().collect(Collectors.toMap(Column::field, Column::type));
      assertThat(columnTypes.keySet()).as(e.entityType()).isEqualTo(e.policy().fields().keySet());
      for (FieldPolicy f : e.policy().fields().values()) {
        assertThat(columnTypes.get(f.name()).carries(f.type()))
            .as(
                "%s.%s (%s) in a %s column",
                e.entityType(), f.name(), f.type(), columnTypes.get(f.name()))
            .isTrue();
      }
      assertThat(SyncedEntities.policies().find(e.entityType())).isPresent();
    }
  }
}
