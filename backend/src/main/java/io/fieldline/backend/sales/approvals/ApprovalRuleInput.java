package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.identity.Role;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Sets the rule of one step of a record type (replacing the step's rule if there is one). */
@Input("ApprovalRuleInput")
public record ApprovalRuleInput(
    @NonNull RecordType recordType,
    int stepNo,
    @NonNull String name,
    @NonNull Trigger trigger,
    BigDecimal threshold,
    @NonNull Role approverRole,
    ApproverLevel approverLevel,
    Boolean active) {}
