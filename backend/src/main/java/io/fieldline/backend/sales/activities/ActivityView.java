package io.fieldline.backend.sales.activities;

import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A follow-up activity: what happened with whom, its result, and the next step due. */
@Type("Activity")
public record ActivityView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID accountId,
    @Id UUID contactId,
    @Id UUID opportunityId,
    @Id @NonNull UUID ownerUserId,
    @NonNull ActivityType type,
    @NonNull OffsetDateTime occurredAt,
    @NonNull String subject,
    String result,
    String notes,
    String nextStep,
    LocalDate dueDate,
    boolean followUpDone) {

  static ActivityView of(Row r) {
    return new ActivityView(
        r.getUUID("id"),
        r.getUUID("account_id"),
        r.getUUID("contact_id"),
        r.getUUID("opportunity_id"),
        r.getUUID("owner_user_id"),
        ActivityType.valueOf(r.getString("type")),
        r.getOffsetDateTime("occurred_at"),
        r.getString("subject"),
        r.getString("result"),
        r.getString("notes"),
        r.getString("next_step"),
        r.getLocalDate("due_date"),
        r.getBoolean("follow_up_done"));
  }
}
