package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.identity.Role;
import io.fieldline.backend.notify.Audience;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.fieldline.backend.sales.db.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The APPROVAL_REQUESTED event of a step that became pending (the first one when the request opens,
 * the next one when a step is approved): a visible notice to every approver who may decide the step
 * (active holders of the step's role assigned at its level over the record's territory, the
 * requester excluded), with the requester's name and the record's number and customer.
 */
@ApplicationScoped
public class ApprovalNotices {
  public static final String APPROVAL_REQUESTED = "APPROVAL_REQUESTED";

  private final DomainEvents events;

  public ApprovalNotices(DomainEvents events) {
    this.events = events;
  }

  /** The pending step of one request. */
  public record PendingStep(
      UUID requestId,
      ApprovalTarget target,
      UUID recordId,
      UUID territoryId,
      UUID requestedBy,
      int stepNo,
      Role approverRole,
      ApproverLevel approverLevel) {}

  /** Appends the event for {@code step}; {@code actor} caused the step to become pending. */
  public Uni<Void> requested(SqlConnection c, PendingStep step, UUID actor) {
    NotificationPayload payload =
        NotificationPayload.builder()
            .field("recordType", step.target().recordType().name())
            .field("recordId", step.recordId().toString())
            .field("territoryId", step.territoryId().toString())
            .field("stepNo", step.stepNo())
            .field("approverRole", step.approverRole().name())
            .field("approverLevel", step.approverLevel().name());
    return Audience.holders(
            c, step.territoryId(), step.approverRole().name(), step.approverLevel().kinds())
        .chain(
            approvers -> {
              List<UUID> notify = new ArrayList<>(approvers);
              notify.remove(step.requestedBy());
              payload.notify(notify);
              return Sql.exec(
                  c, "select display_name from app_user where id = $1", step.requestedBy());
            })
        .chain(
            rows -> {
              Sql.first(rows)
                  .ifPresent(r -> payload.field("requesterName", r.getString("display_name")));
              return step.target().noticeFields(c, step.recordId());
            })
        .chain(
            fields -> {
              fields.forEach(payload::field);
              return events.append(
                  c,
                  new DomainEvent(
                      "approval", step.requestId(), APPROVAL_REQUESTED, payload.build(), actor));
            });
  }
}
