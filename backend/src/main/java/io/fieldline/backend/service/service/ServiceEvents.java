package io.fieldline.backend.service.service;

import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.Visit;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The field-service notifications, appended to the outbox in the caller's transaction: visit
 * assigned, rescheduled, cancelled, completed, incomplete; work order SLA at risk; survey received.
 */
@ApplicationScoped
public class ServiceEvents {
  public static final String VISIT_ASSIGNED = "VISIT_ASSIGNED";
  public static final String VISIT_RESCHEDULED = "VISIT_RESCHEDULED";
  public static final String VISIT_CANCELLED = "VISIT_CANCELLED";
  public static final String VISIT_COMPLETED = "VISIT_COMPLETED";
  public static final String VISIT_INCOMPLETE = "VISIT_INCOMPLETE";
  public static final String SLA_AT_RISK = "WORK_ORDER_SLA_AT_RISK";
  public static final String SURVEY_RECEIVED = "SURVEY_RECEIVED";

  private final DomainEvents events;

  public ServiceEvents(DomainEvents events) {
    this.events = events;
  }

  public Uni<Void> assigned(SqlConnection c, Visit v, UUID previousAssignee, UUID actor) {
    Map<String, Object> payload = visitPayload(v);
    if (previousAssignee != null) {
      payload.put("previousAssigneeId", previousAssignee.toString());
    }
    return visit(c, v.id(), VISIT_ASSIGNED, payload, actor);
  }

  public Uni<Void> rescheduled(SqlConnection c, Visit v, Schedule before, UUID actor) {
    Map<String, Object> payload = visitPayload(v);
    payload.put("previousStart", before.start().toString());
    payload.put("previousWindowStart", before.windowStart().toString());
    payload.put("previousWindowEnd", before.windowEnd().toString());
    return visit(c, v.id(), VISIT_RESCHEDULED, payload, actor);
  }

  /** CANCELLED, COMPLETED or INCOMPLETE, with the reason when there is one. */
  public Uni<Void> ended(SqlConnection c, Visit v, String eventType, String reason, UUID actor) {
    Map<String, Object> payload = visitPayload(v);
    if (reason != null) {
      payload.put("reason", reason);
    }
    return visit(c, v.id(), eventType, payload, actor);
  }

  public Uni<Void> slaAtRisk(
      SqlConnection c, UUID workOrderId, OffsetDateTime dueAt, String why, UUID actor) {
    return events.append(
        c,
        new DomainEvent(
            "work_order",
            workOrderId,
            SLA_AT_RISK,
            Map.of("slaDueAt", dueAt.toString(), "why", why),
            actor));
  }

  public Uni<Void> surveyReceived(
      SqlConnection c, UUID surveyId, UUID visitId, UUID technicianId, int score, String scale) {
    return events.append(
        c,
        new DomainEvent(
            "visit_survey",
            surveyId,
            SURVEY_RECEIVED,
            Map.of(
                "visitId",
                visitId.toString(),
                "technicianId",
                technicianId.toString(),
                "scale",
                scale,
                "score",
                score),
            null));
  }

  private Uni<Void> visit(
      SqlConnection c, UUID id, String type, Map<String, Object> payload, UUID actor) {
    return events.append(c, new DomainEvent("visit", id, type, payload, actor));
  }

  private static Map<String, Object> visitPayload(Visit v) {
    Map<String, Object> payload = new HashMap<>();
    payload.put("assigneeId", v.assigneeId().toString());
    payload.put("kind", v.kind().name());
    payload.put("scheduledStart", v.schedule().start().toString());
    payload.put("arrivalWindowStart", v.schedule().windowStart().toString());
    payload.put("arrivalWindowEnd", v.schedule().windowEnd().toString());
    if (v.workOrderId() != null) {
      payload.put("workOrderId", v.workOrderId().toString());
    }
    return payload;
  }
}
