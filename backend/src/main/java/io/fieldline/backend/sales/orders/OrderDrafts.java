package io.fieldline.backend.sales.orders;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountStore;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.opportunities.OpportunityStore;
import io.fieldline.backend.sales.orders.OrderInputs.DirectInput;
import io.fieldline.backend.sales.orders.OrderInputs.FromQuoteInput;
import io.fieldline.backend.sales.pricing.ServerPricer;
import io.fieldline.backend.sales.quotes.QuoteStatus;
import io.fieldline.backend.sales.quotes.QuoteStore;
import io.fieldline.contract.pricing.PricedLine;
import io.fieldline.contract.pricing.Totals;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds orders: from an accepted quote's figures, or priced by the server for direct orders. */
@ApplicationScoped
public class OrderDrafts {
  static final int DEFAULT_TERMS_DAYS = 30;

  private final QuoteStore quotes;
  private final AccountStore accounts;
  private final OpportunityStore opportunities;
  private final ServerPricer pricer;

  public OrderDrafts(
      QuoteStore quotes,
      AccountStore accounts,
      OpportunityStore opportunities,
      ServerPricer pricer) {
    this.quotes = quotes;
    this.accounts = accounts;
    this.opportunities = opportunities;
    this.pricer = pricer;
  }

  /** An order carrying an ACCEPTED quote's lines and totals; INVALID_STATE otherwise. */
  public Uni<OrderDraft> fromQuote(SqlConnection c, SalesScope scope, FromQuoteInput in) {
    UUID quoteId = Ids.parse("quoteId", in.quoteId());
    int terms = terms(in.paymentTermsDays());
    LocalDate orderDate = in.orderDate() == null ? LocalDate.now() : in.orderDate();
    return quotes
        .find(c, scope, quoteId, true)
        .chain(
            q -> {
              if (q.status() != QuoteStatus.ACCEPTED) {
                throw new ApiException(
                    ErrorCode.INVALID_STATE,
                    "Quote "
                        + q.number()
                        + " is "
                        + q.status()
                        + ": only accepted quotes become orders");
              }
              return Sql.exec(c, "select 1 from sales_order where quote_id = $1", quoteId)
                  .chain(
                      existing -> {
                        if (existing.size() > 0) {
                          throw new ApiException(
                              ErrorCode.INVALID_STATE,
                              "Quote " + q.number() + " has an order already");
                        }
                        return Sql.exec(
                            c,
                            "select * from quote_line where quote_id = $1 order by position",
                            quoteId);
                      })
                  .map(
                      rows ->
                          Sql.list(rows).stream()
                              .map(
                                  r ->
                                      new OrderDraft.Line(
                                          r.getUUID("product_id"),
                                          r.getBigDecimal("quantity"),
                                          r.getBigDecimal("discount_percent"),
                                          r.getBigDecimal("list_unit_price"),
                                          r.getBigDecimal("unit_price"),
                                          r.getBigDecimal("list_amount"),
                                          r.getBigDecimal("taxable_amount"),
                                          r.getBigDecimal("tax_amount"),
                                          r.getBigDecimal("total_amount")))
                              .toList())
                  .map(
                      lines ->
                          new OrderDraft(
                              q.accountId(),
                              q.id(),
                              q.opportunityId(),
                              q.ownerUserId(),
                              q.territoryId(),
                              q.currency(),
                              orderDate,
                              terms,
                              Inputs.optionalText("signatoryName", in.signatoryName(), 200),
                              Inputs.optionalText("notes", in.notes(), 4000),
                              q.totals().listTotal(),
                              q.totals().discountTotal(),
                              q.totals().net(),
                              q.totals().tax(),
                              q.totals().grandTotal(),
                              List.of(),
                              List.of(),
                              lines,
                              in.attachments()));
            });
  }

  /** A direct order priced by the server with the caller's envelope. */
  public Uni<OrderDraft> direct(SqlConnection c, SalesScope scope, DirectInput in) {
    UUID accountId = Ids.parse("accountId", in.accountId());
    UUID opportunityId = Inputs.optionalId("opportunityId", in.opportunityId());
    String currency = Inputs.currency("currency", in.currency());
    int terms = terms(in.paymentTermsDays());
    LocalDate orderDate = in.orderDate() == null ? LocalDate.now() : in.orderDate();
    if (Inputs.required("lines", in.lines()).isEmpty()) {
      throw ApiException.invalid("lines", "An order needs at least one line");
    }
    return accounts
        .find(c, scope, accountId)
        .call(
            a ->
                opportunityId == null
                    ? Uni.createFrom().voidItem()
                    : opportunities
                        .find(c, scope, opportunityId)
                        .map(
                            o -> {
                              if (!o.accountId().equals(accountId)) {
                                throw ApiException.invalid(
                                    "opportunityId", "The opportunity belongs to another account");
                              }
                              return o;
                            }))
        .chain(
            a ->
                pricer
                    .price(
                        c,
                        new ServerPricer.Request(
                            accountId,
                            scope.userId(),
                            currency,
                            orderDate,
                            null,
                            in.lines(),
                            in.clientTotals()))
                    .map(
                        p -> {
                          Totals t = p.quote().totals();
                          List<OrderDraft.Line> lines =
                              p.quote().lines().stream().map(OrderDrafts::line).toList();
                          return new OrderDraft(
                              accountId,
                              null,
                              opportunityId,
                              scope.userId(),
                              a.territoryId(),
                              currency,
                              orderDate,
                              terms,
                              Inputs.optionalText("signatoryName", in.signatoryName(), 200),
                              Inputs.optionalText("notes", in.notes(), 4000),
                              t.listTotal(),
                              t.discountTotal(),
                              t.net(),
                              t.tax(),
                              t.grandTotal(),
                              p.exceeded(),
                              p.mismatch(),
                              lines,
                              in.attachments());
                        }));
  }

  private static OrderDraft.Line line(PricedLine p) {
    return new OrderDraft.Line(
        UUID.fromString(p.productId()),
        p.quantity(),
        p.discountPercent(),
        p.listUnitPrice(),
        p.unitPrice(),
        p.listAmount(),
        p.taxableAmount(),
        p.taxAmount(),
        p.totalAmount());
  }

  private static int terms(Integer days) {
    int terms = days == null ? DEFAULT_TERMS_DAYS : days;
    if (terms < 0 || terms > 365) {
      throw ApiException.invalid("paymentTermsDays", "paymentTermsDays must be between 0 and 365");
    }
    return terms;
  }
}
