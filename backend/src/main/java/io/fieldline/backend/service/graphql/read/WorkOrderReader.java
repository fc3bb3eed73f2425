package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.WorkOrderFilter;
import io.fieldline.backend.service.graphql.view.WorkOrderView;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads work orders within the caller's scope, ordered by SLA due time. */
@ApplicationScoped
public class WorkOrderReader {
  private static final String SELECT =
      "select w.* from work_order w join account a on a.id = w.account_id where true";
  private static final String[] OPEN = {"OPEN", "SCHEDULED", "IN_PROGRESS"};

  public Uni<WorkOrderView> find(SqlConnection c, ServiceScope scope, UUID id) {
    return ScopeSql.workOrders(new Sql(SELECT).and("w.id = ?", id), scope)
        .run(c)
        .map(rows -> Rows.first(rows, ViewRows::workOrder));
  }

  public Uni<Keyset.Page<WorkOrderView>> page(
      SqlConnection c, ServiceScope scope, WorkOrderFilter f, Integer first, String after) {
    Sql q = ScopeSql.workOrders(new Sql(SELECT), scope);
    String[] statuses =
        f == null || f.statuses() == null || f.statuses().isEmpty()
            ? OPEN
            : f.statuses().stream().map(Enum::name).toArray(String[]::new);
    q.and("w.status = any(?)", (Object) statuses);
    if (f != null) {
      if (f.priorities() != null && !f.priorities().isEmpty()) {
        q.and(
            "w.priority = any(?)",
            (Object) f.priorities().stream().map(Enum::name).toArray(String[]::new));
      }
      if (f.types() != null && !f.types().isEmpty()) {
        q.and(
            "w.type = any(?)", (Object) f.types().stream().map(Enum::name).toArray(String[]::new));
      }
      if (f.territoryId() != null) {
        q.and("a.territory_id = ?", Ids.parse("territoryId", f.territoryId()));
      }
      if (f.accountId() != null) {
        q.and("w.account_id = ?", Ids.parse("accountId", f.accountId()));
      }
      if (f.assetId() != null) {
        q.and("w.asset_id = ?", Ids.parse("assetId", f.assetId()));
      }
      if (f.skillCode() != null) {
        q.and(
            "exists (select 1 from work_order_skill s where s.work_order_id = w.id"
                + " and s.skill_code = ?)",
            f.skillCode());
      }
      if (f.dueBefore() != null) {
        q.and("w.sla_due_at < ?", f.dueBefore());
      }
      if (f.slaAtRisk() != null) {
        q.add(
            f.slaAtRisk()
                ? " and w.sla_risk_flagged_at is not null"
                : " and w.sla_risk_flagged_at is null");
      }
    }
    return Keyset.page(c, q, "w.sla_due_at", "w.id", false, after, first, ViewRows::workOrder);
  }
}
