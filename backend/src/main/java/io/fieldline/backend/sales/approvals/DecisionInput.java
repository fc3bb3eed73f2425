package io.fieldline.backend.sales.approvals;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An approver's decision on the pending step of an approval.
 *
 * @param approvalId the approval
 * @param decision approve or reject
 * @param comment why; required to reject
 */
@Input("ApprovalDecisionInput")
public record DecisionInput(
    @NonNull String approvalId, @NonNull Decision decision, String comment) {

  /** Approve or reject. */
  public enum Decision {
    APPROVE,
    REJECT
  }
}
