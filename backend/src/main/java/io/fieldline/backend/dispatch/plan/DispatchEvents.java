package io.fieldline.backend.dispatch.plan;

import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The visit events of published dispatch changes, with the notification contract's payload keys:
 * {@code notifyUserIds} the technicians concerned, {@code syncUserIds} every technician whose day
 * changed (new and previous assignee), {@code urgent} for real-time changes of the day itself.
 */
@ApplicationScoped
public class DispatchEvents {
  private final DomainEvents events;

  public DispatchEvents(DomainEvents events) {
    this.events = events;
  }

  /** The event of one published change. */
  public Uni<Void> published(
      SqlConnection c, UUID visitId, PlanChange change, boolean urgent, UUID actor) {
    UUID to = change.toTechnicianId() == null ? null : UUID.fromString(change.toTechnicianId());
    UUID from =
        change.fromTechnicianId() == null ? null : UUID.fromString(change.fromTechnicianId());
    String type;
    List<UUID> notify = new ArrayList<>();
    Set<UUID> sync = new LinkedHashSet<>();
    switch (change.kind()) {
      case PlanChange.ASSIGN -> {
        type = "VISIT_ASSIGNED";
        notify.add(to);
        sync.add(to);
      }
      case PlanChange.MOVE -> {
        type = to.equals(from) ? "VISIT_RESCHEDULED" : "VISIT_ASSIGNED";
        notify.add(to);
        sync.add(to);
        sync.add(from);
      }
      default -> {
        type = "VISIT_CANCELLED";
        notify.add(from);
        sync.add(from);
      }
    }
    NotificationPayload payload =
        NotificationPayload.builder()
            .notify(notify)
            .sync(sync)
            .urgent(urgent)
            .field("customerName", change.customerName())
            .field("kind", "SERVICE")
            .field("workOrderId", change.workOrderId())
            .field("dispatchChange", change.kind());
    if (to != null) {
      payload.field("assigneeId", to.toString()).field("scheduledStart", change.newStart());
    } else {
      payload.field("assigneeId", from.toString()).field("scheduledStart", change.oldStart());
    }
    if (from != null && !from.equals(to)) {
      payload.field("previousAssigneeId", from.toString());
    }
    if (change.oldStart() != null && change.newStart() != null) {
      payload.field("previousStart", change.oldStart());
    }
    if (!change.kind().equals(PlanChange.ASSIGN) && !change.kind().equals(PlanChange.MOVE)) {
      payload.field(
          "reason",
          change.kind().equals(PlanChange.CANCEL)
              ? "Cancelled by the customer"
              : "Unassigned by dispatch");
    }
    return events.append(c, new DomainEvent("visit", visitId, type, payload.build(), actor));
  }
}
