package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.WorkOrder;
import io.fieldline.backend.service.persistence.Sql;
import io.fieldline.backend.service.persistence.WorkOrderStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Raises WORK_ORDER_SLA_AT_RISK once per work order: when a visit is planned to end after the SLA
 * due time, or when the monitor finds an open work order due within the warning horizon. The flag
 * column makes the event go out once, even when two runs race (the second sees the flag).
 */
@ApplicationScoped
public class SlaGuard {
  private final ServiceDb db;
  private final WorkOrderStore workOrders;
  private final ServiceEvents events;

  public SlaGuard(ServiceDb db, WorkOrderStore workOrders, ServiceEvents events) {
    this.db = db;
    this.workOrders = workOrders;
    this.events = events;
  }

  /** Flags the work order when the planned visit ends after its SLA. */
  public Uni<Void> checkPlan(SqlConnection c, WorkOrder w, Schedule s, UUID actor) {
    if (!s.end().isAfter(w.slaDueAt()) || w.slaRiskFlaggedAt() != null) {
      return Uni.createFrom().voidItem();
    }
    return workOrders
        .flagSlaRisk(c, w.id())
        .chain(
            flagged ->
                flagged
                    ? events.slaAtRisk(c, w.id(), w.slaDueAt(), "VISIT_ENDS_AFTER_SLA", actor)
                    : Uni.createFrom().voidItem());
  }

  /** {@link #checkPlan} for the work order of a (re)scheduled service visit. */
  public Uni<Void> checkVisit(SqlConnection c, Visit v, UUID actor) {
    if (v.workOrderId() == null) {
      return Uni.createFrom().voidItem();
    }
    return workOrders.lock(c, v.workOrderId()).chain(w -> checkPlan(c, w, v.schedule(), actor));
  }

  /**
   * Flags every open work order in the caller's scope due within {@code withinHours} and not yet
   * flagged; returns the ids flagged by this run.
   */
  public Uni<List<UUID>> flagDue(ServiceScope scope, int withinHours) {
    if (!scope.plans()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only the service desk runs the SLA monitor");
    }
    int hours = Check.range("withinHours", withinHours, 1, 24 * 14, 24);
    Sql update =
        new Sql(
            "update work_order w set sla_risk_flagged_at = now() from account a"
                + " where a.id = w.account_id and w.sla_risk_flagged_at is null"
                + " and w.status in ('OPEN', 'SCHEDULED', 'IN_PROGRESS')"
                + " and w.sla_due_at <= now() + make_interval(hours => ?)",
            hours);
    if (!scope.admin()) {
      update.and("a.territory_id = any(?)", (Object) scope.territoryArray());
    }
    update.add(" returning w.id, w.sla_due_at");
    return db.tx(
        scope,
        c ->
            update
                .run(c)
                .chain(
                    rows -> {
                      List<Row> flagged = new ArrayList<>();
                      rows.forEach(flagged::add);
                      return Multi.createFrom()
                          .iterable(flagged)
                          .onItem()
                          .transformToUniAndConcatenate(
                              r ->
                                  events
                                      .slaAtRisk(
                                          c,
                                          r.getUUID("id"),
                                          r.getOffsetDateTime("sla_due_at"),
                                          "DUE_WITHIN_" + hours + "H",
                                          scope.userId())
                                      .replaceWith(r.getUUID("id")))
                          .collect()
                          .asList();
                    }));
  }
}
