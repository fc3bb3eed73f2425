package io.fieldline.backend.sales.approvals;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What approval rules look at.
 *
 * @param type the record's type
 * @param recordId the record
 * @param territoryId the record's territory (approvers must cover it)
 * @param requestedBy the record's owner asking for approval
 * @param envelopeExceeded whether discounts exceed the owner's envelope
 * @param envelopeDetail which limits, for people
 * @param totalDiscountPercent total discount against list prices
 * @param amount grand total
 * @param currency the amount's currency
 */
public record ApprovalFacts(
    RecordType type,
    UUID recordId,
    UUID territoryId,
    UUID requestedBy,
    boolean envelopeExceeded,
    String envelopeDetail,
    BigDecimal totalDiscountPercent,
    BigDecimal amount,
    String currency) {}
