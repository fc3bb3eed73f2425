package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.graphql.AssetFilter;
import io.fieldline.backend.service.graphql.view.AssetHistoryEntry;
import io.fieldline.backend.service.graphql.view.AssetView;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads assets (of accounts in the caller's scope) and their service history. */
@ApplicationScoped
public class AssetReader {
  private static final String SELECT =
      "select x.* from asset x join account a on a.id = x.account_id where true";

  /** Each asset's work orders with their latest visit, newest first. */
  private static final String HISTORY =
      """
      select w.asset_id, w.id as work_order_id, w.number, w.type, w.status as work_order_status,
             w.title, w.completed_at, v.id as visit_id, v.status as visit_status,
             v.assignee_user_id, u.display_name, v.scheduled_start, r.notes,
             (select count(*) from stock_movement m
               where m.visit_id = v.id and m.kind = 'USED_ON_VISIT') as parts, s.score
        from work_order w
        left join lateral (select * from visit lv where lv.work_order_id = w.id
                            order by lv.scheduled_start desc limit 1) v on true
        left join app_user u on u.id = v.assignee_user_id
        left join visit_report r on r.visit_id = v.id
        left join visit_survey s on s.visit_id = v.id
       where w.asset_id = any($1)
       order by coalesce(w.completed_at, v.scheduled_start, w.created_at) desc, w.id
      """;

  public Uni<AssetView> find(SqlConnection c, ServiceScope scope, UUID id) {
    return ScopeSql.accounts(new Sql(SELECT).and("x.id = ?", id), scope)
        .run(c)
        .map(rows -> Rows.first(rows, ViewRows::asset));
  }

  public Uni<Keyset.Page<AssetView>> page(
      SqlConnection c, ServiceScope scope, AssetFilter f, Integer first, String after) {
    Sql q = ScopeSql.accounts(new Sql(SELECT), scope);
    if (f != null) {
      if (f.accountId() != null) {
        q.and("x.account_id = ?", Ids.parse("accountId", f.accountId()));
      }
      if (f.siteId() != null) {
        q.and("x.site_id = ?", Ids.parse("siteId", f.siteId()));
      }
      if (f.serialNumber() != null) {
        q.and("x.serial_number like ? || '%'", f.serialNumber().replace("%", "").replace("_", ""));
      }
    }
    return Keyset.page(c, q, "x.created_at", "x.id", false, after, first, ViewRows::asset);
  }

  public Uni<List<List<AssetHistoryEntry>>> history(SqlConnection c, List<UUID> assetIds) {
    return Batch.many(c, HISTORY, assetIds, "asset_id", AssetReader::entry);
  }

  private static AssetHistoryEntry entry(Row r) {
    Long parts = r.getLong("parts");
    return new AssetHistoryEntry(
        r.getUUID("work_order_id"),
        r.getString("number"),
        Rows.enumOf(WorkOrderType.class, r, "type"),
        Rows.enumOf(WorkOrderStatus.class, r, "work_order_status"),
        r.getString("title"),
        r.getUUID("visit_id"),
        Rows.enumOf(VisitStatus.class, r, "visit_status"),
        r.getUUID("assignee_user_id"),
        r.getString("display_name"),
        r.getOffsetDateTime("scheduled_start"),
        r.getOffsetDateTime("completed_at"),
        r.getString("notes"),
        parts == null ? 0 : parts.intValue(),
        r.getInteger("score"));
  }
}
