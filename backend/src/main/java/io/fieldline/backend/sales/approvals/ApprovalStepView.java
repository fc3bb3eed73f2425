package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.identity.Role;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One step of an approval: who must decide, why, and the decision once made. */
@Type("ApprovalStep")
public record ApprovalStepView(
    int stepNo,
    @NonNull String ruleName,
    @NonNull String reason,
    @NonNull Role approverRole,
    @NonNull ApproverLevel approverLevel,
    @NonNull StepStatus status,
    @Id UUID decidedBy,
    String comment,
    OffsetDateTime decidedAt) {

  static ApprovalStepView of(Row r) {
    return new ApprovalStepView(
        r.getInteger("step_no"),
        r.getString("rule_name"),
        r.getString("reason"),
        Role.valueOf(r.getString("approver_role")),
        ApproverLevel.valueOf(r.getString("approver_level")),
        StepStatus.valueOf(r.getString("status")),
        r.getUUID("decided_by"),
        r.getString("comment"),
        r.getOffsetDateTime("decided_at"));
  }

  /** A step waits for earlier ones, is pending a decision, or was decided (or skipped). */
  public enum StepStatus {
    WAITING,
    PENDING,
    APPROVED,
    REJECTED,
    SKIPPED
  }
}
