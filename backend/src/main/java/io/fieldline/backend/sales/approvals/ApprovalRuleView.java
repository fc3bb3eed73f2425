package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A tenant's approval rule: one step of approval for records its trigger applies to. */
@Type("ApprovalRule")
public record ApprovalRuleView(
    @Id @NonNull UUID id,
    @NonNull RecordType recordType,
    int stepNo,
    @NonNull String name,
    @NonNull Trigger trigger,
    BigDecimal threshold,
    @NonNull Role approverRole,
    @NonNull ApproverLevel approverLevel,
    boolean active) {

  static ApprovalRuleView of(Row r) {
    return new ApprovalRuleView(
        r.getUUID("id"),
        RecordType.valueOf(r.getString("record_type")),
        r.getInteger("step_no"),
        r.getString("name"),
        Trigger.valueOf(r.getString("trigger")),
        Money.plain(r.getBigDecimal("threshold")),
        Role.valueOf(r.getString("approver_role")),
        ApproverLevel.valueOf(r.getString("approver_level")),
        r.getBoolean("active"));
  }

  /** Whether this rule applies to a record with these facts. */
  boolean applies(ApprovalFacts facts) {
    return active
        && switch (trigger) {
          case ENVELOPE_EXCEEDED -> facts.envelopeExceeded();
          case TOTAL_DISCOUNT_ABOVE -> facts.totalDiscountPercent().compareTo(threshold) >= 0;
          case AMOUNT_ABOVE -> facts.amount().compareTo(threshold) >= 0;
        };
  }

  /** Why the rule applies, for people. */
  String reason(ApprovalFacts facts) {
    return switch (trigger) {
      case ENVELOPE_EXCEEDED -> "Discount above the rep's envelope: " + facts.envelopeDetail();
      case TOTAL_DISCOUNT_ABOVE ->
          "Total discount "
              + facts.totalDiscountPercent().stripTrailingZeros().toPlainString()
              + " % is at least "
              + threshold.toPlainString()
              + " %";
      case AMOUNT_ABOVE ->
          "Amount "
              + facts.amount().toPlainString()
              + " "
              + facts.currency()
              + " is at least "
              + threshold.toPlainString();
    };
  }
}
