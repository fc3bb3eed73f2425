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
 * due time (on the desk's change), or when the monitor ({@link SlaMonitor} every few minutes, or
 * the desk's {@code flagSlaRisks}) finds an unfinished work order due within the warning horizon
 * that no live visit will finish in time. The flag column makes the event go out once, even when
 * two runs race (the second sees the flag).
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
   * Flags every work order in the caller's scope at risk within {@code withinHours} (the rule of
   * {@link #flagAtRisk}); returns the ids flagged by this run.
   */
  public Uni<List<UUID>> flagDue(ServiceScope scope, int withinHours) {
    if (!scope.plans()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only the service desk runs the SLA monitor");
    }
    int hours = Check.range("withinHours", withinHours, 1, 24 * 14, 24);
    return db.tx(
        scope,
        c -> flagAtRisk(c, hours, scope.admin() ? null : scope.territoryArray(), scope.userId()));
  }

  /**
   * Flags, once each, the unfinished work orders due within {@code hours} that no live visit will
   * finish in time (none planned, or every planned one ends after the SLA or is already overdue),
   * and raises WORK_ORDER_SLA_AT_RISK for exactly those; {@code territories} null means the whole
   * tenant (the periodic monitor). Answers the ids flagged.
   */
  public Uni<List<UUID>> flagAtRisk(SqlConnection c, int hours, UUID[] territories, UUID actor) {
    Sql update =
        new Sql(
            "update work_order w set sla_risk_flagged_at = now() from account a"
                + " where a.id = w.account_id and w.sla_risk_flagged_at is null"
                + " and w.status in ('OPEN', 'SCHEDULED', 'IN_PROGRESS')"
                + " and w.sla_due_at <= now() + make_interval(hours => ?)"
                + " and not exists (select 1 from visit v where v.work_order_id = w.id"
                + " and v.status in ('SCHEDULED', 'DISPATCHED', 'TRAVELING', 'ON_SITE')"
                + " and greatest(v.scheduled_start + make_interval(mins => v.duration_minutes),"
                + " now()) <= w.sla_due_at)",
            hours);
    if (territories != null) {
      update.and("a.territory_id = any(?)", (Object) territories);
    }
    update.add(" returning w.id, w.sla_due_at");
    return update
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
                                  actor)
                              .replaceWith(r.getUUID("id")))
                  .collect()
                  .asList();
            });
  }
}
