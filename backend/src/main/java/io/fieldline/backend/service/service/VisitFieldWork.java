package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.EvidenceKind;
import io.fieldline.backend.service.GeoEvidence;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.persistence.ChecklistStore;
import io.fieldline.backend.service.persistence.ReportState;
import io.fieldline.backend.service.persistence.ReportStore;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.VisitStore;
import io.fieldline.backend.service.persistence.WorkOrderStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The assignee's side of the visit lifecycle: start travelling, check in on site (with geo
 * evidence), complete (checklist answered, check-out evidence) or end incomplete (with a reason).
 */
@ApplicationScoped
public class VisitFieldWork {
  private final ServiceDb db;
  private final VisitStore visits;
  private final WorkOrderStore workOrders;
  private final ReportStore reports;
  private final ChecklistStore checklists;
  private final FollowUps followUps;
  private final ServiceEvents events;

  public VisitFieldWork(
      ServiceDb db,
      VisitStore visits,
      WorkOrderStore workOrders,
      ReportStore reports,
      ChecklistStore checklists,
      FollowUps followUps,
      ServiceEvents events) {
    this.db = db;
    this.visits = visits;
    this.workOrders = workOrders;
    this.reports = reports;
    this.checklists = checklists;
    this.followUps = followUps;
    this.events = events;
  }

  /** DISPATCHED -> TRAVELING; the work order is now IN_PROGRESS. */
  public Uni<Void> startTravel(ServiceScope scope, UUID id) {
    return step(
        scope,
        id,
        VisitStatus.TRAVELING,
        (c, v) ->
            visits
                .move(c, v, VisitStatus.TRAVELING, null, scope.userId())
                .chain(() -> workOrder(c, v, WorkOrderStatus.IN_PROGRESS)));
  }

  /** TRAVELING -> ON_SITE, recording the check-in evidence. */
  public Uni<Void> checkIn(ServiceScope scope, UUID id, GeoEvidence evidence) {
    Check.present("evidence", evidence);
    return step(
        scope,
        id,
        VisitStatus.ON_SITE,
        (c, v) ->
            visits
                .appendEvidence(c, id, EvidenceKind.CHECK_IN, evidence, scope.userId())
                .chain(() -> visits.move(c, v, VisitStatus.ON_SITE, null, scope.userId())));
  }

  /**
   * ON_SITE -> COMPLETED: every required checklist item must be answered (CHECKLIST_INCOMPLETE
   * otherwise); a running time entry stops at check-out; the work order completes; a follow-up
   * request becomes a work order or quote request.
   */
  public Uni<Void> complete(ServiceScope scope, UUID id, GeoEvidence evidence) {
    Check.present("evidence", evidence);
    return step(
        scope,
        id,
        VisitStatus.COMPLETED,
        (c, v) ->
            reports
                .ensure(c, v)
                .call(report -> requireChecklist(c, report))
                .call(report -> reports.stopRunning(c, report.id(), evidence.recordedAt()))
                .call(
                    () ->
                        visits.appendEvidence(
                            c, id, EvidenceKind.CHECK_OUT, evidence, scope.userId()))
                .call(() -> visits.move(c, v, VisitStatus.COMPLETED, null, scope.userId()))
                .call(() -> workOrder(c, v, WorkOrderStatus.COMPLETED))
                .call(report -> followUps.create(c, scope, v, report))
                .chain(
                    () -> events.ended(c, v, ServiceEvents.VISIT_COMPLETED, null, scope.userId())));
  }

  /** TRAVELING or ON_SITE -> INCOMPLETE with a reason; the work order is OPEN again. */
  public Uni<Void> incomplete(ServiceScope scope, UUID id, String reason, GeoEvidence evidence) {
    String why = Check.required("reason", reason, 2000);
    return step(
        scope,
        id,
        VisitStatus.INCOMPLETE,
        (c, v) ->
            reports
                .find(c, id)
                .call(
                    r ->
                        r == null
                            ? Uni.createFrom().voidItem()
                            : reports.stopRunning(c, r.id(), Rows.now()))
                .call(
                    () ->
                        evidence == null
                            ? Uni.createFrom().voidItem()
                            : visits.appendEvidence(
                                c, id, EvidenceKind.CHECK_OUT, evidence, scope.userId()))
                .call(() -> visits.move(c, v, VisitStatus.INCOMPLETE, why, scope.userId()))
                .call(() -> workOrder(c, v, WorkOrderStatus.OPEN))
                .chain(
                    () -> events.ended(c, v, ServiceEvents.VISIT_INCOMPLETE, why, scope.userId())));
  }

  private Uni<Void> step(
      ServiceScope scope, UUID id, VisitStatus to, BiFunction<SqlConnection, Visit, Uni<?>> work) {
    return db.tx(
        scope,
        c ->
            visits
                .lock(c, id)
                .map(v -> Access.assigned(scope, v, id))
                .chain(
                    v -> {
                      v.status().requireMoveTo(to);
                      return work.apply(c, v).replaceWithVoid();
                    }));
  }

  private Uni<Void> requireChecklist(SqlConnection c, ReportState report) {
    if (report.templateId() == null) {
      return Uni.createFrom().voidItem();
    }
    return checklists
        .unanswered(c, report.id(), report.templateId())
        .invoke(
            missing -> {
              if (!missing.isEmpty()) {
                throw new ApiException(
                    ErrorCode.CHECKLIST_INCOMPLETE,
                    "Answer the required checklist items first: " + String.join(", ", missing),
                    "answers");
              }
            })
        .replaceWithVoid();
  }

  private Uni<Void> workOrder(SqlConnection c, Visit v, WorkOrderStatus status) {
    return v.workOrderId() == null
        ? Uni.createFrom().voidItem()
        : workOrders.setStatus(c, v.workOrderId(), status);
  }
}
