package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.db.Json;
import io.fieldline.backend.sales.pricing.ExcessView;
import io.fieldline.backend.sales.pricing.MismatchView;
import io.fieldline.backend.sales.pricing.TotalsView;
import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A quote revision as the API shows it; lines and approval are fields. */
@Type("Quote")
public record QuoteView(
    @Id @NonNull UUID id,
    @NonNull String number,
    int revision,
    @Id UUID previousRevisionId,
    @Description("A newer revision replaces this one.") boolean superseded,
    @Id @NonNull UUID accountId,
    @Id UUID opportunityId,
    @Id UUID contactId,
    @Id @NonNull UUID ownerUserId,
    @Id @NonNull UUID territoryId,
    @NonNull QuoteStatus status,
    @NonNull String currency,
    @NonNull LocalDate pricingDate,
    @NonNull LocalDate validUntil,
    @NonNull BigDecimal quoteDiscountPercent,
    @NonNull TotalsView totals,
    @Description("APPROVABLE_BY_REP or NEEDS_APPROVAL") @NonNull String verdict,
    @NonNull List<@NonNull ExcessView> envelopeExceeded,
    @Description("The client's totals disagreed with the server's and were replaced.")
        boolean totalsCorrected,
    @NonNull List<@NonNull MismatchView> totalsMismatch,
    String notes,
    @Description("The approver's or customer's reason for a rejection.") String decisionReason,
    int version,
    @NonNull OffsetDateTime createdAt,
    @NonNull OffsetDateTime updatedAt) {

  static QuoteView of(Row r, Json json) {
    String currency = r.getString("currency");
    return new QuoteView(
        r.getUUID("id"),
        r.getString("number"),
        r.getInteger("revision"),
        r.getUUID("previous_revision_id"),
        r.getBoolean("superseded"),
        r.getUUID("account_id"),
        r.getUUID("opportunity_id"),
        r.getUUID("contact_id"),
        r.getUUID("owner_user_id"),
        r.getUUID("territory_id"),
        QuoteStatus.valueOf(r.getString("status")),
        currency,
        r.getLocalDate("pricing_date"),
        r.getLocalDate("valid_until"),
        Money.plain(r.getBigDecimal("quote_discount_percent")),
        TotalsView.of(r, currency),
        r.getString("verdict"),
        json.list(r.getString("envelope_exceeded_json"), ExcessView.class),
        r.getBoolean("totals_corrected"),
        json.list(r.getString("totals_mismatch_json"), MismatchView.class),
        r.getString("notes"),
        r.getString("decision_reason"),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at"),
        r.getOffsetDateTime("updated_at"));
  }

  /** Columns {@link #of} reads from table alias {@code q}. */
  static final String COLUMNS =
      "q.*, q.envelope_exceeded::text as envelope_exceeded_json,"
          + " q.totals_mismatch::text as totals_mismatch_json";
}
