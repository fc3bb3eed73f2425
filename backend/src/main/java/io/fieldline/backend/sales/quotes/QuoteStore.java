package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.db.DealLookup;
import io.fieldline.backend.sales.db.Json;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.pricing.LineInput;
import io.fieldline.backend.sales.quotes.QuoteFilter.QuoteSort;
import io.fieldline.contract.pricing.PricedLine;
import io.fieldline.contract.pricing.Totals;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and writes quotes and their lines; call inside a tenant transaction. */
@ApplicationScoped
public class QuoteStore {
  private final Json json;
  private final DealLookup<QuoteView> lookup;

  public QuoteStore(Json json) {
    this.json = json;
    this.lookup =
        new DealLookup<>("quote q", "q", QuoteView.COLUMNS, "Quote", r -> QuoteView.of(r, json));
  }

  /** The quote, or NOT_FOUND if it is not the caller's deal; locked when {@code lock}. */
  public Uni<QuoteView> find(SqlConnection c, SalesScope scope, UUID id, boolean lock) {
    return lookup.find(c, scope, id, lock);
  }

  /** The quote by id without scope (for the approval mechanism, after its own check). */
  public Uni<QuoteView> get(SqlConnection c, UUID id) {
    return lookup.get(c, id);
  }

  /** One page of the caller's quotes. */
  public Uni<Paged<QuoteView>> page(
      SqlConnection c,
      SalesScope scope,
      QuoteFilter filter,
      QuoteSort sort,
      boolean descending,
      Integer first,
      String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add(scope.deals("q", sql));
    QuoteFilter f = filter == null ? new QuoteFilter(null, null, null, null, null, null) : filter;
    if (!Boolean.TRUE.equals(f.includeSuperseded())) {
      where.add("not q.superseded");
    }
    if (f.status() != null) {
      where.add("q.status = " + sql.bind(f.status().name()));
    }
    if (f.accountId() != null) {
      where.add("q.account_id = " + sql.bind(Inputs.optionalId("filter.accountId", f.accountId())));
    }
    if (f.opportunityId() != null) {
      where.add(
          "q.opportunity_id = "
              + sql.bind(Inputs.optionalId("filter.opportunityId", f.opportunityId())));
    }
    if (f.ownerUserId() != null) {
      where.add(
          "q.owner_user_id = "
              + sql.bind(Inputs.optionalId("filter.ownerUserId", f.ownerUserId())));
    }
    if (f.totalsCorrected() != null) {
      where.add("q.totals_corrected = " + sql.bind(f.totalsCorrected()));
    }
    Keyset key =
        switch (sort == null ? QuoteSort.CREATED_AT : sort) {
          case CREATED_AT -> new Keyset("q.created_at", "timestamptz", descending, "q.id");
          case NUMBER ->
              new Keyset(
                  "q.number || '/' || lpad(q.revision::text, 3, '0')", "text", descending, "q.id");
          case GRAND_TOTAL -> new Keyset("q.grand_total", "numeric", descending, "q.id");
          case VALID_UNTIL -> new Keyset("q.valid_until", "date", descending, "q.id");
        };
    return key.fetch(
        c, sql, QuoteView.COLUMNS, "quote q", where, first, after, r -> QuoteView.of(r, json));
  }

  /** The lines of a quote in order. */
  public Uni<List<QuoteLineView>> lines(SqlConnection c, UUID quoteId, String currency) {
    return Sql.exec(c, "select * from quote_line where quote_id = $1 order by position", quoteId)
        .map(rows -> Sql.list(rows).stream().map(r -> QuoteLineView.of(r, currency)).toList());
  }

  /** Writes a new quote revision and its lines. */
  public Uni<UUID> insert(
      SqlConnection c, QuoteDraft d, String number, int revision, UUID previousId) {
    UUID id = UUID.randomUUID();
    Totals t = d.priced().quote().totals();
    return Sql.exec(
            c,
            "insert into quote (id, number, revision, previous_revision_id, account_id,"
                + " opportunity_id, contact_id, owner_user_id, territory_id, currency, pricing_date,"
                + " valid_until, quote_discount_percent, list_total, subtotal, quote_discount,"
                + " discount_total, net, tax, grand_total, verdict, envelope_exceeded,"
                + " totals_corrected, totals_mismatch, notes) values ($1, $2, $3, $4, $5, $6, $7,"
                + " $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,"
                + " $22::text::jsonb, $23, $24::text::jsonb, $25)",
            id,
            number,
            revision,
            previousId,
            d.accountId(),
            d.opportunityId(),
            d.contactId(),
            d.ownerUserId(),
            d.territoryId(),
            d.currency(),
            d.pricingDate(),
            d.validUntil(),
            d.quoteDiscountPercent(),
            t.listTotal(),
            t.subtotal(),
            t.quoteDiscount(),
            t.discountTotal(),
            t.net(),
            t.tax(),
            t.grandTotal(),
            verdict(d),
            json.write(d.priced().exceeded()),
            d.priced().corrected(),
            json.write(d.priced().mismatch()),
            d.notes())
        .chain(() -> insertLines(c, id, d))
        .replaceWith(id);
  }

  /** Replaces a draft's fields and lines if it is still at {@code expectedVersion}. */
  public Uni<Void> replaceDraft(SqlConnection c, UUID id, Long expectedVersion, QuoteDraft d) {
    Totals t = d.priced().quote().totals();
    return Sql.exec(
            c,
            "update quote set opportunity_id = $2, contact_id = $3, currency = $4,"
                + " pricing_date = $5, valid_until = $6, quote_discount_percent = $7,"
                + " list_total = $8, subtotal = $9, quote_discount = $10, discount_total = $11,"
                + " net = $12, tax = $13, grand_total = $14, verdict = $15,"
                + " envelope_exceeded = $16::text::jsonb, totals_corrected = $17,"
                + " totals_mismatch = $18::text::jsonb, notes = $19, version = version + 1,"
                + " updated_at = now() where id = $1 and status = 'DRAFT'"
                + " and ($20::bigint is null or version = $20)",
            id,
            d.opportunityId(),
            d.contactId(),
            d.currency(),
            d.pricingDate(),
            d.validUntil(),
            d.quoteDiscountPercent(),
            t.listTotal(),
            t.subtotal(),
            t.quoteDiscount(),
            t.discountTotal(),
            t.net(),
            t.tax(),
            t.grandTotal(),
            verdict(d),
            json.write(d.priced().exceeded()),
            d.priced().corrected(),
            json.write(d.priced().mismatch()),
            d.notes(),
            expectedVersion)
        .chain(
            rows -> {
              if (rows.rowCount() == 0) {
                throw new ApiException(
                    ErrorCode.CONFLICT, "The quote changed since it was read; re-read it");
              }
              return Sql.exec(c, "delete from quote_line where quote_id = $1", id);
            })
        .chain(() -> insertLines(c, id, d));
  }

  private Uni<Void> insertLines(SqlConnection c, UUID quoteId, QuoteDraft d) {
    List<PricedLine> priced = d.priced().quote().lines();
    if (priced.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> batch = new ArrayList<>();
    for (PricedLine p : priced) {
      LineInput in = d.lines().get(p.line());
      batch.add(
          Tuple.from(
              new Object[] {
                UUID.randomUUID(),
                quoteId,
                p.line(),
                UUID.fromString(p.productId()),
                p.quantity(),
                p.discountPercent(),
                in.unitPriceOverride(),
                UUID.fromString(p.priceBookId()),
                p.listUnitPrice(),
                p.unitPrice(),
                p.listAmount(),
                p.netAmount(),
                p.quoteDiscountShare(),
                p.taxableAmount(),
                p.taxRatePercent(),
                p.taxAmount(),
                p.totalAmount()
              }));
    }
    return c.preparedQuery(
            "insert into quote_line (id, quote_id, position, product_id, quantity,"
                + " discount_percent, unit_price_override, price_book_id, list_unit_price,"
                + " unit_price, list_amount, net_amount, quote_discount_share, taxable_amount,"
                + " tax_rate_percent, tax_amount, total_amount) values ($1, $2, $3, $4, $5, $6,"
                + " $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)")
        .executeBatch(batch)
        .replaceWithVoid();
  }

  private static String verdict(QuoteDraft d) {
    return d.priced().envelopeExceeded() ? "NEEDS_APPROVAL" : "APPROVABLE_BY_REP";
  }
}
