package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.pricing.LineInput;
import io.fieldline.backend.sales.pricing.TotalsInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A quote as the rep built it (possibly offline). The server prices it again; {@code clientTotals}
 * are only compared, and the quote is flagged when they disagree.
 *
 * @param accountId the customer
 * @param opportunityId the deal, optional (must be the account's)
 * @param contactId the addressee, optional (must be the account's)
 * @param currency ISO 4217 code
 * @param pricingDate the date prices and taxes apply on; default today
 * @param validUntil last day the customer may accept; default pricing date + 30 days
 * @param quoteDiscountPercent discount on the subtotal, 0..100
 * @param notes free text
 * @param lines the lines
 * @param clientTotals what the client computed, optional
 */
@Input("QuoteInput")
public record QuoteInput(
    @NonNull String accountId,
    String opportunityId,
    String contactId,
    @NonNull String currency,
    LocalDate pricingDate,
    LocalDate validUntil,
    BigDecimal quoteDiscountPercent,
    String notes,
    @NonNull List<@NonNull LineInput> lines,
    TotalsInput clientTotals) {}
