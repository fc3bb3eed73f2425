package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.pricing.LineInput;
import io.fieldline.backend.sales.pricing.PricingOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A validated, server-priced quote ready to be written.
 *
 * @param accountId the customer
 * @param opportunityId the deal or null
 * @param contactId the addressee or null
 * @param ownerUserId the rep
 * @param territoryId the account's territory
 * @param currency the currency
 * @param pricingDate the pricing date
 * @param validUntil last day of validity
 * @param quoteDiscountPercent quote-level discount
 * @param notes free text
 * @param lines the lines as entered
 * @param priced the server's pricing
 */
record QuoteDraft(
    UUID accountId,
    UUID opportunityId,
    UUID contactId,
    UUID ownerUserId,
    UUID territoryId,
    String currency,
    LocalDate pricingDate,
    LocalDate validUntil,
    BigDecimal quoteDiscountPercent,
    String notes,
    List<LineInput> lines,
    PricingOutcome priced) {}
