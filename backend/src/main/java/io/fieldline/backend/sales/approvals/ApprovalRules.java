package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The tenant's approval rules; call inside a tenant transaction. */
@ApplicationScoped
public class ApprovalRules {

  /** Every rule, by record type and step. */
  public Uni<List<ApprovalRuleView>> all(SqlConnection c) {
    return Sql.exec(c, "select * from approval_rule order by record_type, step_no")
        .map(rows -> Sql.list(rows).stream().map(ApprovalRuleView::of).toList());
  }

  /** The active rules of a record type that apply to these facts, in step order. */
  public Uni<List<ApprovalRuleView>> applicable(SqlConnection c, ApprovalFacts facts) {
    return Sql.exec(
            c,
            "select * from approval_rule where record_type = $1 and active order by step_no",
            facts.type().name())
        .map(
            rows ->
                Sql.list(rows).stream()
                    .map(ApprovalRuleView::of)
                    .filter(rule -> rule.applies(facts))
                    .toList());
  }

  /** Sets the rule of one step (insert or replace). */
  public Uni<ApprovalRuleView> set(SqlConnection c, ApprovalRuleInput in) {
    Inputs.required("recordType", in.recordType());
    Inputs.required("trigger", in.trigger());
    if (in.stepNo() < 1 || in.stepNo() > 9) {
      throw ApiException.invalid("stepNo", "stepNo must be between 1 and 9");
    }
    if ((in.trigger() == Trigger.ENVELOPE_EXCEEDED) != (in.threshold() == null)) {
      throw ApiException.invalid(
          "threshold", "threshold is required for thresholds triggers and not allowed otherwise");
    }
    if (in.threshold() != null) {
      Inputs.nonNegative("threshold", in.threshold());
    }
    if (in.approverRole() != Role.MANAGER && in.approverRole() != Role.ADMIN) {
      throw ApiException.invalid("approverRole", "Approvers are managers or admins");
    }
    ApproverLevel level = in.approverLevel() == null ? ApproverLevel.ANY : in.approverLevel();
    return Sql.exec(
            c,
            "insert into approval_rule (id, record_type, step_no, name, trigger, threshold,"
                + " approver_role, approver_level, active) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                + " on conflict (tenant_id, record_type, step_no) do update set name = excluded.name,"
                + " trigger = excluded.trigger, threshold = excluded.threshold,"
                + " approver_role = excluded.approver_role, approver_level = excluded.approver_level,"
                + " active = excluded.active returning *",
            UUID.randomUUID(),
            in.recordType().name(),
            in.stepNo(),
            Inputs.text("name", in.name(), 200),
            in.trigger().name(),
            in.threshold(),
            in.approverRole().name(),
            level.name(),
            !Boolean.FALSE.equals(in.active()))
        .map(rows -> ApprovalRuleView.of(rows.iterator().next()));
  }
}
