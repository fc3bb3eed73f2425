package io.fieldline.backend.sales.db;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.sales.SalesScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;
import java.util.function.Function;

/**
 * Finds one deal document (quote, order) by id: within the caller's deals, or unscoped for the
 * approval mechanism after its own check.
 *
 * @param table the table and alias, e.g. {@code "quote q"}
 * @param alias the alias used by {@code columns} and the scope condition
 * @param columns the select list
 * @param label the record name in NOT_FOUND errors
 * @param view maps a row to the view
 */
public record DealLookup<V>(
    String table, String alias, String columns, String label, Function<Row, V> view) {

  /** The record, or NOT_FOUND when absent or not the caller's deal; locked when {@code lock}. */
  public Uni<V> find(SqlConnection c, SalesScope scope, UUID id, boolean lock) {
    Sql sql = new Sql();
    String where = alias + ".id = " + sql.bind(id) + " and " + scope.deals(alias, sql);
    return sql.run(c, select() + " where " + where + (lock ? " for update" : ""))
        .map(rows -> Sql.first(rows).map(view).orElseThrow(() -> ApiException.notFound(label, id)));
  }

  /** The record by id without scope; the caller has checked access. */
  public Uni<V> get(SqlConnection c, UUID id) {
    return Sql.exec(c, select() + " where " + alias + ".id = $1", id)
        .map(rows -> view.apply(rows.iterator().next()));
  }

  private String select() {
    return "select " + columns + " from " + table;
  }
}
