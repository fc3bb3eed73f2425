package io.fieldline.backend.sales.approvals;

import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A record's approval: its steps and every decision with its comment. A request without steps was
 * approved at once (within the rep's envelope and no rule applied).
 */
@Type("Approval")
public record ApprovalView(
    @Id @NonNull UUID id,
    @NonNull RecordType recordType,
    @Id @NonNull UUID recordId,
    @Id @NonNull UUID territoryId,
    @NonNull ApprovalStatus status,
    Integer currentStep,
    @NonNull String summary,
    @Id @NonNull UUID requestedBy,
    @NonNull OffsetDateTime createdAt,
    OffsetDateTime decidedAt,
    boolean autoApproved,
    @NonNull List<@NonNull ApprovalStepView> steps) {

  static ApprovalView of(Row r, List<ApprovalStepView> steps) {
    return new ApprovalView(
        r.getUUID("id"),
        RecordType.valueOf(r.getString("record_type")),
        r.getUUID("record_id"),
        r.getUUID("territory_id"),
        ApprovalStatus.valueOf(r.getString("status")),
        r.getInteger("current_step"),
        r.getString("summary"),
        r.getUUID("requested_by"),
        r.getOffsetDateTime("created_at"),
        r.getOffsetDateTime("decided_at"),
        steps.isEmpty(),
        steps);
  }

  /** Where a request stands. */
  public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED
  }
}
