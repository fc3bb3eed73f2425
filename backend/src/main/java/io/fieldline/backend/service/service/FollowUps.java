package io.fieldline.backend.service.service;

import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.persistence.ReportState;
import io.fieldline.backend.service.persistence.ReportStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Turns a completed visit's follow-up request into a new work order (origin FOLLOW_UP, same
 * customer, site and asset) or a quote request for sales, and links it from the report.
 */
@ApplicationScoped
public class FollowUps {
  private final WorkOrderService workOrders;
  private final ReportStore reports;

  public FollowUps(WorkOrderService workOrders, ReportStore reports) {
    this.workOrders = workOrders;
    this.reports = reports;
  }

  public Uni<Void> create(SqlConnection c, ServiceScope scope, Visit v, ReportState report) {
    if (report.followUpKind() == null) {
      return Uni.createFrom().voidItem();
    }
    if (report.followUpKind() == FollowUpKind.QUOTE_REQUEST) {
      UUID id = UUID.randomUUID();
      return c.preparedQuery(
              "insert into service_quote_request (id, account_id, site_id, origin_visit_id, note,"
                  + " created_by) values ($1, $2, $3, $4, $5, $6)")
          .execute(
              Tuple.of(
                  id, v.accountId(), v.siteId(), v.id(), report.followUpNote(), scope.userId()))
          .chain(() -> reports.linkFollowUp(c, report.id(), null, id));
    }
    return assetOf(c, v)
        .chain(
            asset ->
                workOrders.followUp(
                    c,
                    scope,
                    v.id(),
                    new WorkOrderDraft(
                        v.accountId(),
                        v.siteId(),
                        asset,
                        report.followUpType() == null
                            ? WorkOrderType.REPAIR
                            : report.followUpType(),
                        WorkOrderPriority.NORMAL,
                        title(report.followUpNote()),
                        report.followUpNote(),
                        null,
                        60,
                        v.assigneeId(),
                        null,
                        List.of())))
        .chain(id -> reports.linkFollowUp(c, report.id(), id, null));
  }

  private static Uni<UUID> assetOf(SqlConnection c, Visit v) {
    if (v.workOrderId() == null) {
      return Uni.createFrom().nullItem();
    }
    return c.preparedQuery("select asset_id from work_order where id = $1")
        .execute(Tuple.of(v.workOrderId()))
        .map(rows -> rows.iterator().next().getUUID("asset_id"));
  }

  private static String title(String note) {
    String t = "Follow-up: " + note;
    return t.length() <= 200 ? t : t.substring(0, 197) + "...";
  }
}
