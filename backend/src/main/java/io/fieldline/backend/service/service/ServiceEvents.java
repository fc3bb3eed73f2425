package io.fieldline.backend.service.service;

import io.fieldline.backend.notify.Audience;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.Visit;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** An SLA due sooner than this interrupts quiet hours. */
  public static final Duration URGENT_WITHIN = Duration.ofHours(2);

  private static final String[] TERRITORY_LEVELS = {"TERRITORY", "AREA", "REGION"};

  private final DomainEvents events;

  public ServiceEvents(DomainEvents events) {
    this.events = events;
  }

  /** The assignee is told and synced, the previous assignee (if any) synced. */
  public Uni<Void> assigned(SqlConnection c, Visit v, UUID previousAssignee, UUID actor) {
    Map<String, Object> payload = visitPayload(v);
    List<UUID> sync = new ArrayList<>(List.of(v.assigneeId()));
    if (previousAssignee != null) {
      payload.put("previousAssigneeId", previousAssignee.toString());
      sync.add(previousAssignee);
    }
    payload.putAll(
        NotificationPayload.builder().notify(List.of(v.assigneeId())).sync(sync).build());
    return visit(c, v.id(), VISIT_ASSIGNED, payload, actor);
  }

  /** The assignee is told and synced. */
  public Uni<Void> rescheduled(SqlConnection c, Visit v, Schedule before, UUID actor) {
    Map<String, Object> payload = visitPayload(v);
    payload.putAll(assignee(v));
    payload.put("previousStart", before.start().toInstant().toString());
    payload.put("previousWindowStart", before.windowStart().toInstant().toString());
    payload.put("previousWindowEnd", before.windowEnd().toInstant().toString());
    return visit(c, v.id(), VISIT_RESCHEDULED, payload, actor);
  }

  /**
   * CANCELLED, COMPLETED or INCOMPLETE, with the reason when there is one; the assignee's devices
   * sync, and a cancellation is a notice to them.
   */
  public Uni<Void> ended(SqlConnection c, Visit v, String eventType, String reason, UUID actor) {
    Map<String, Object> payload = visitPayload(v);
    if (VISIT_CANCELLED.equals(eventType)) {
      payload.putAll(assignee(v));
    } else {
      payload.putAll(NotificationPayload.builder().sync(List.of(v.assigneeId())).build());
    }
    if (reason != null) {
      payload.put("reason", reason);
    }
    return visit(c, v.id(), eventType, payload, actor);
  }

  /**
   * WORK_ORDER_SLA_AT_RISK: a visible notice to the dispatchers of the customer's territory
   * (assigned to it or above) and to the technicians of the work order's live visits; urgent (shown
   * in quiet hours) when the SLA is due within {@link #URGENT_WITHIN}.
   */
  public Uni<Void> slaAtRisk(
      SqlConnection c, UUID workOrderId, OffsetDateTime dueAt, String why, UUID actor) {
    return c.preparedQuery(
            "select w.number, a.name, a.territory_id, array(select distinct v.assignee_user_id"
                + " from visit v where v.work_order_id = w.id and v.status in ('SCHEDULED',"
                + " 'DISPATCHED', 'TRAVELING', 'ON_SITE')) as technicians"
                + " from work_order w join account a on a.id = w.account_id where w.id = $1")
        .execute(Tuple.of(workOrderId))
        .chain(
            rows -> {
              Row r = rows.iterator().next();
              NotificationPayload payload =
                  NotificationPayload.builder()
                      .notify(List.of(r.getArrayOfUUIDs("technicians")))
                      .urgent(!dueAt.toInstant().isAfter(Instant.now().plus(URGENT_WITHIN)))
                      .field("slaDueAt", dueAt.toInstant().toString())
                      .field("why", why)
                      .field("workOrderNumber", r.getString("number"))
                      .field("customerName", r.getString("name"));
              return Audience.holders(c, r.getUUID("territory_id"), "DISPATCHER", TERRITORY_LEVELS)
                  .chain(
                      dispatchers ->
                          events.append(
                              c,
                              new DomainEvent(
                                  "work_order",
                                  workOrderId,
                                  SLA_AT_RISK,
                                  payload.notify(dispatchers).build(),
                                  actor)));
            });
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

  private static Map<String, Object> assignee(Visit v) {
    List<UUID> assignee = List.of(v.assigneeId());
    return NotificationPayload.builder().notify(assignee).sync(assignee).build();
  }

  /** Times as ISO instants with seconds, so notices show them in the reader's zone and locale. */
  private static Map<String, Object> visitPayload(Visit v) {
    Map<String, Object> payload = new HashMap<>();
    payload.put("assigneeId", v.assigneeId().toString());
    payload.put("kind", v.kind().name());
    payload.put("scheduledStart", v.schedule().start().toInstant().toString());
    payload.put("arrivalWindowStart", v.schedule().windowStart().toInstant().toString());
    payload.put("arrivalWindowEnd", v.schedule().windowEnd().toInstant().toString());
    if (v.workOrderId() != null) {
      payload.put("workOrderId", v.workOrderId().toString());
    }
    return payload;
  }
}
