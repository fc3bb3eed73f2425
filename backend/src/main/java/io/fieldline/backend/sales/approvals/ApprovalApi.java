package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sales.SalesTx;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Approval rules, the approval inbox and decisions over GraphQL. */
@GraphQLApi
public class ApprovalApi {
  private final SalesTx tx;
  private final ApprovalRules rules;
  private final ApprovalService approvals;
  private final ApprovalReader reader;

  public ApprovalApi(
      SalesTx tx, ApprovalRules rules, ApprovalService approvals, ApprovalReader reader) {
    this.tx = tx;
    this.rules = rules;
    this.approvals = approvals;
    this.reader = reader;
  }

  @Query("approvalRules")
  @Description("The tenant's approval rules by record type and step.")
  public Uni<@NonNull List<@NonNull ApprovalRuleView>> approvalRules() {
    return tx.sales((c, s) -> rules.all(c));
  }

  @Mutation("setApprovalRule")
  @Description("Sets the rule of one approval step of a record type (admins).")
  public Uni<@NonNull ApprovalRuleView> setApprovalRule(
      @Name("input") @NonNull ApprovalRuleInput input) {
    return tx.admin((c, s) -> rules.set(c, input));
  }

  @Query("pendingApprovals")
  @Description("Approvals waiting for a decision in the caller's territories, oldest first.")
  public Uni<@NonNull ApprovalConnection> pendingApprovals(
      @Name("first") Integer first, @Name("after") String after) {
    return tx.sales(
        (c, s) -> {
          if (!s.principal().hasAnyRole(Role.ADMIN, Role.MANAGER)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only managers and admins approve");
          }
          return reader.pending(c, s, first, after).map(ApprovalConnection::of);
        });
  }

  @Mutation("decideApproval")
  @Description(
      "Approves or rejects the pending step of an approval, with a comment (required to reject).")
  public Uni<@NonNull ApprovalView> decideApproval(@Name("input") @NonNull DecisionInput input) {
    return tx.read((c, s) -> approvals.decide(c, s, input));
  }
}
