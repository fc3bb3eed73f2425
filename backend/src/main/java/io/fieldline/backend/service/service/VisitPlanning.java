package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrder;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.persistence.ReferenceStore;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.VisitStore;
import io.fieldline.backend.service.persistence.WorkOrderStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The desk's side of the visit lifecycle: schedule, reschedule, reassign, dispatch and cancel. Each
 * step checks the state machine and the caller's scope before writing, and appends its event.
 */
@ApplicationScoped
public class VisitPlanning {
  private final ServiceDb db;
  private final VisitStore visits;
  private final WorkOrderStore workOrders;
  private final ReferenceStore refs;
  private final Assignability assignability;
  private final ServiceEvents events;
  private final SlaGuard sla;

  public VisitPlanning(
      ServiceDb db,
      VisitStore visits,
      WorkOrderStore workOrders,
      ReferenceStore refs,
      Assignability assignability,
      ServiceEvents events,
      SlaGuard sla) {
    this.db = db;
    this.visits = visits;
    this.workOrders = workOrders;
    this.refs = refs;
    this.assignability = assignability;
    this.events = events;
    this.sla = sla;
  }

  /** Schedules a visit; returns its id. */
  public Uni<UUID> schedule(ServiceScope scope, VisitDraft d) {
    Check.present("kind", d.kind());
    Check.present("assigneeId", d.assigneeId());
    return db.tx(
        scope, c -> d.kind() == VisitKind.SERVICE ? service(c, scope, d) : sales(c, scope, d));
  }

  private Uni<UUID> service(SqlConnection c, ServiceScope scope, VisitDraft d) {
    UUID woId = Check.present("workOrderId", d.workOrderId());
    if (d.opportunityId() != null) {
      throw ApiException.invalid("opportunityId", "service visits have no opportunity");
    }
    return workOrders
        .lock(c, woId)
        .chain(
            found -> {
              WorkOrder w = Access.planned(scope, found, woId);
              if (w.status() != WorkOrderStatus.OPEN) {
                throw new ApiException(
                    ErrorCode.ILLEGAL_TRANSITION,
                    "A work order that is " + w.status() + " cannot get another visit");
              }
              Visit v = newVisit(d, w.accountId(), w.siteId(), w.territoryId());
              return workOrders
                  .skills(c, woId)
                  .chain(
                      skills ->
                          assignability.check(
                              c, scope, v.kind(), v.assigneeId(), skills, v.schedule()))
                  .chain(() -> visits.insert(c, v, scope.userId()))
                  .chain(() -> workOrders.setStatus(c, woId, WorkOrderStatus.SCHEDULED))
                  .chain(() -> events.assigned(c, v, null, scope.userId()))
                  .chain(() -> sla.checkPlan(c, w, v.schedule(), scope.userId()))
                  .replaceWith(v.id());
            });
  }

  private Uni<UUID> sales(SqlConnection c, ServiceScope scope, VisitDraft d) {
    UUID accountId = Check.present("accountId", d.accountId());
    UUID siteId = Check.present("siteId", d.siteId());
    if (d.workOrderId() != null) {
      throw ApiException.invalid("workOrderId", "sales calls have no work order");
    }
    return refs.accountTerritory(c, accountId)
        .chain(
            territory -> {
              boolean ownCall =
                  scope.sells()
                      && scope.userId().equals(d.assigneeId())
                      && territory != null
                      && scope.worksIn(territory);
              if (territory == null || !(scope.covers(territory) || ownCall)) {
                throw ApiException.notFound("Account", accountId);
              }
              Visit v = newVisit(d, accountId, siteId, territory);
              return refs.siteOfAccount(c, siteId, accountId)
                  .invoke(
                      ok -> {
                        if (!ok) {
                          throw ApiException.notFound("Site", siteId);
                        }
                      })
                  .chain(() -> opportunityExists(c, d.opportunityId()))
                  .chain(
                      () ->
                          assignability.check(
                              c, scope, v.kind(), v.assigneeId(), List.of(), v.schedule()))
                  .chain(() -> visits.insert(c, v, scope.userId()))
                  .chain(() -> events.assigned(c, v, null, scope.userId()))
                  .replaceWith(v.id());
            });
  }

  /** Moves a planned visit to another time; the assignee hears of it. */
  public Uni<Void> reschedule(ServiceScope scope, UUID id, Schedule schedule) {
    return db.tx(
        scope,
        c ->
            plannedVisit(c, scope, id)
                .chain(
                    v -> {
                      Visit moved = with(v, v.assigneeId(), schedule);
                      return assignability
                          .notAbsent(c, v.assigneeId(), schedule)
                          .chain(() -> visits.reschedule(c, id, schedule))
                          .chain(() -> events.rescheduled(c, moved, v.schedule(), scope.userId()))
                          .chain(() -> sla.checkVisit(c, moved, scope.userId()));
                    }));
  }

  /** Gives a planned visit to someone else; the new (and previous) assignee hear of it. */
  public Uni<Void> reassign(ServiceScope scope, UUID id, UUID assignee) {
    Check.present("assigneeId", assignee);
    return db.tx(
        scope,
        c ->
            plannedVisit(c, scope, id)
                .chain(
                    v -> {
                      Uni<List<io.fieldline.backend.service.SkillRequirement>> skills =
                          v.workOrderId() == null
                              ? Uni.createFrom().item(List.of())
                              : workOrders.skills(c, v.workOrderId());
                      return skills
                          .chain(
                              s ->
                                  assignability.check(
                                      c, scope, v.kind(), assignee, s, v.schedule()))
                          .chain(() -> visits.reassign(c, id, assignee))
                          .chain(
                              () ->
                                  events.assigned(
                                      c,
                                      with(v, assignee, v.schedule()),
                                      v.assigneeId(),
                                      scope.userId()));
                    }));
  }

  /**
   * SCHEDULED -> DISPATCHED: the plan is published to the assignee. The desk dispatches; a sales
   * rep dispatches their own sales calls.
   */
  public Uni<Void> dispatch(ServiceScope scope, UUID id) {
    return db.tx(
        scope,
        c ->
            visits
                .lock(c, id)
                .map(
                    v ->
                        Access.visible(scope, v, id).kind() == VisitKind.SALES
                                && v.isAssignedTo(scope.userId())
                            ? v
                            : Access.planned(scope, v, id))
                .chain(
                    v -> {
                      v.status().requireMoveTo(VisitStatus.DISPATCHED);
                      return visits.move(c, v, VisitStatus.DISPATCHED, null, scope.userId());
                    }));
  }

  /** Cancels a visit that has not reached the site; its work order becomes OPEN again. */
  public Uni<Void> cancel(ServiceScope scope, UUID id, String reason) {
    String why = Check.required("reason", reason, 2000);
    return db.tx(
        scope,
        c ->
            visits
                .lock(c, id)
                .map(v -> Access.planned(scope, v, id))
                .chain(
                    v -> {
                      v.status().requireMoveTo(VisitStatus.CANCELLED);
                      return end(c, v, VisitStatus.CANCELLED, why, scope.userId());
                    }));
  }

  /** Cancels the work order's planned visit, if any (the work order is being cancelled). */
  Uni<Void> cancelActiveVisit(
      SqlConnection c, ServiceScope scope, UUID workOrderId, String reason, VisitStatus to) {
    return c.preparedQuery(
            "select id from visit where work_order_id = $1"
                + " and status in ('SCHEDULED', 'DISPATCHED')")
        .execute(Tuple.of(workOrderId))
        .map(rows -> Rows.first(rows, r -> r.getUUID("id")))
        .chain(
            visitId ->
                visitId == null
                    ? Uni.createFrom().voidItem()
                    : visits
                        .lock(c, visitId)
                        .chain(v -> end(c, v, to, reason, scope.userId()))
                        .chain(() -> workOrders.setStatus(c, workOrderId, WorkOrderStatus.OPEN)));
  }

  private Uni<Void> end(SqlConnection c, Visit v, VisitStatus to, String reason, UUID actor) {
    Uni<Void> reopen =
        v.workOrderId() == null
            ? Uni.createFrom().voidItem()
            : workOrders.setStatus(c, v.workOrderId(), WorkOrderStatus.OPEN);
    return visits
        .move(c, v, to, reason, actor)
        .chain(() -> reopen)
        .chain(() -> events.ended(c, v, ServiceEvents.VISIT_CANCELLED, reason, actor));
  }

  private Uni<Visit> plannedVisit(SqlConnection c, ServiceScope scope, UUID id) {
    return visits
        .lock(c, id)
        .map(
            found -> {
              Visit v = Access.planned(scope, found, id);
              if (!v.status().isPlanned()) {
                throw new ApiException(
                    ErrorCode.ILLEGAL_TRANSITION,
                    "A visit that is " + v.status() + " can no longer be re-planned");
              }
              return v;
            });
  }

  private static Visit newVisit(VisitDraft d, UUID account, UUID site, UUID territory) {
    return new Visit(
        UUID.randomUUID(),
        d.kind(),
        VisitStatus.SCHEDULED,
        account,
        site,
        territory,
        d.workOrderId(),
        d.opportunityId(),
        d.assigneeId(),
        Check.present("schedule", d.schedule()),
        1);
  }

  private static Visit with(Visit v, UUID assignee, Schedule schedule) {
    return new Visit(
        v.id(),
        v.kind(),
        v.status(),
        v.accountId(),
        v.siteId(),
        v.territoryId(),
        v.workOrderId(),
        v.opportunityId(),
        assignee,
        schedule,
        v.version());
  }

  /** A sales call may name an opportunity; it must exist in the tenant (else NOT_FOUND). */
  private static Uni<Void> opportunityExists(SqlConnection c, UUID opportunityId) {
    if (opportunityId == null) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery("select 1 from opportunity where id = $1")
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(opportunityId))
        .invoke(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.notFound("Opportunity", opportunityId);
              }
            })
        .replaceWithVoid();
  }
}
