package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.VisitFilter;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads visits within the caller's scope; call inside a tenant transaction. */
@ApplicationScoped
public class VisitReader {
  private static final String SELECT =
      "select v.* from visit v join account a on a.id = v.account_id where true";

  /** The visit if the caller sees it, else null. */
  public Uni<VisitView> find(SqlConnection c, ServiceScope scope, UUID id) {
    return ScopeSql.visits(new Sql(SELECT).and("v.id = ?", id), scope)
        .run(c)
        .map(rows -> Rows.first(rows, ViewRows::visit));
  }

  public Uni<Keyset.Page<VisitView>> page(
      SqlConnection c, ServiceScope scope, VisitFilter f, Integer first, String after) {
    Sql q = ScopeSql.visits(new Sql(SELECT), scope);
    if (f != null) {
      if (f.statuses() != null && !f.statuses().isEmpty()) {
        q.and(
            "v.status = any(?)",
            (Object) f.statuses().stream().map(Enum::name).toArray(String[]::new));
      }
      if (f.kind() != null) {
        q.and("v.kind = ?", f.kind().name());
      }
      if (f.assigneeId() != null) {
        q.and("v.assignee_user_id = ?", Ids.parse("assigneeId", f.assigneeId()));
      }
      if (f.accountId() != null) {
        q.and("v.account_id = ?", Ids.parse("accountId", f.accountId()));
      }
      if (f.workOrderId() != null) {
        q.and("v.work_order_id = ?", Ids.parse("workOrderId", f.workOrderId()));
      }
      if (f.from() != null) {
        q.and("v.scheduled_start >= ?", f.from());
      }
      if (f.to() != null) {
        q.and("v.scheduled_start < ?", f.to());
      }
    }
    return Keyset.page(c, q, "v.scheduled_start", "v.id", false, after, first, ViewRows::visit);
  }

  /** The assignee's visits starting in [from, to), in order (scope checked by the caller). */
  public Uni<List<VisitView>> ofAssignee(
      SqlConnection c, UUID assignee, OffsetDateTime from, OffsetDateTime to) {
    return new Sql(SELECT)
        .and(
            "v.assignee_user_id = ? and v.scheduled_start >= ? and v.scheduled_start < ?",
            assignee,
            from,
            to)
        .add(" order by v.scheduled_start, v.id")
        .run(c)
        .map(rows -> Rows.map(rows, ViewRows::visit));
  }

  /** The visits of each work order the caller sees, newest first. */
  public Uni<List<List<VisitView>>> ofWorkOrders(
      SqlConnection c, ServiceScope scope, List<UUID> workOrderIds) {
    Sql q =
        new Sql(SELECT)
            .and("v.work_order_id = any(?)", (Object) Rows.array(distinct(workOrderIds)));
    ScopeSql.visits(q, scope).add(" order by v.scheduled_start desc");
    return q.run(c)
        .map(
            rows -> {
              var byOrder = new HashMap<UUID, List<VisitView>>();
              rows.forEach(
                  r ->
                      byOrder
                          .computeIfAbsent(r.getUUID("work_order_id"), k -> new ArrayList<>())
                          .add(ViewRows.visit(r)));
              return workOrderIds.stream().map(id -> byOrder.getOrDefault(id, List.of())).toList();
            });
  }

  private static Set<UUID> distinct(List<UUID> ids) {
    return new LinkedHashSet<>(ids);
  }
}
