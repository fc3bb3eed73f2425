package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountStore;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.pricing.LineInput;
import io.fieldline.backend.sales.pricing.PricingOutcome;
import io.fieldline.backend.sales.pricing.ServerPricer;
import io.fieldline.backend.sales.pricing.TotalsInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Turns a rep's quote input into a validated, server-priced {@link QuoteDraft}: the account must be
 * visible, the opportunity the caller's deal at that account, the contact the account's; dates and
 * text are checked; then the shared engine prices it.
 */
@ApplicationScoped
public class QuoteDrafts {
  static final int DEFAULT_VALIDITY_DAYS = 30;

  private final AccountStore accounts;
  private final ServerPricer pricer;

  public QuoteDrafts(AccountStore accounts, ServerPricer pricer) {
    this.accounts = accounts;
    this.pricer = pricer;
  }

  /** Validates and prices {@code in} for a quote owned by {@code owner}. */
  public Uni<QuoteDraft> fromInput(SqlConnection c, SalesScope scope, QuoteInput in, UUID owner) {
    UUID accountId = Ids.parse("accountId", in.accountId());
    UUID opportunityId = Inputs.optionalId("opportunityId", in.opportunityId());
    UUID contactId = Inputs.optionalId("contactId", in.contactId());
    String currency = Inputs.currency("currency", in.currency());
    LocalDate pricingDate = in.pricingDate() == null ? LocalDate.now() : in.pricingDate();
    LocalDate validUntil =
        in.validUntil() == null ? pricingDate.plusDays(DEFAULT_VALIDITY_DAYS) : in.validUntil();
    if (validUntil.isBefore(pricingDate)) {
      throw ApiException.invalid("validUntil", "validUntil must not be before the pricing date");
    }
    String notes = Inputs.optionalText("notes", in.notes(), 4000);
    List<LineInput> lines = Inputs.required("lines", in.lines());
    return accounts
        .find(c, scope, accountId)
        .chain(
            account ->
                checkLinks(c, scope, accountId, opportunityId, contactId).replaceWith(account))
        .chain(
            account ->
                price(
                        c,
                        accountId,
                        owner,
                        currency,
                        pricingDate,
                        in.quoteDiscountPercent(),
                        lines,
                        in.clientTotals())
                    .map(
                        priced ->
                            new QuoteDraft(
                                accountId,
                                opportunityId,
                                contactId,
                                owner,
                                account.territoryId(),
                                currency,
                                pricingDate,
                                validUntil,
                                discount(in),
                                notes,
                                lines,
                                priced)));
  }

  /** Prices lines again (a revision) on a new pricing date. */
  public Uni<PricingOutcome> price(
      SqlConnection c,
      UUID accountId,
      UUID owner,
      String currency,
      LocalDate pricingDate,
      BigDecimal quoteDiscountPercent,
      List<LineInput> lines,
      TotalsInput clientTotals) {
    return pricer.price(
        c,
        new ServerPricer.Request(
            accountId, owner, currency, pricingDate, quoteDiscountPercent, lines, clientTotals));
  }

  private Uni<Void> checkLinks(
      SqlConnection c, SalesScope scope, UUID accountId, UUID opportunityId, UUID contactId) {
    Uni<Void> contact =
        contactId == null
            ? Uni.createFrom().voidItem()
            : Sql.exec(
                    c,
                    "select 1 from contact where id = $1 and account_id = $2",
                    contactId,
                    accountId)
                .map(
                    rows -> {
                      if (rows.size() == 0) {
                        throw ApiException.invalid(
                            "contactId", "No contact with this id at the account");
                      }
                      return null;
                    });
    if (opportunityId == null) {
      return contact;
    }
    Sql sql = new Sql();
    return sql.run(
            c,
            "select o.account_id from opportunity o where o.id = "
                + sql.bind(opportunityId)
                + " and "
                + scope.deals("o", sql))
        .map(
            rows -> {
              var row =
                  Sql.first(rows)
                      .orElseThrow(() -> ApiException.notFound("Opportunity", opportunityId));
              if (!accountId.equals(row.getUUID("account_id"))) {
                throw ApiException.invalid(
                    "opportunityId", "The opportunity belongs to another account");
              }
              return null;
            })
        .chain(() -> contact);
  }

  private static BigDecimal discount(QuoteInput in) {
    return in.quoteDiscountPercent() == null ? BigDecimal.ZERO : in.quoteDiscountPercent();
  }
}
