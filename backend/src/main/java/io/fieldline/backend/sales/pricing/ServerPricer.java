package io.fieldline.backend.sales.pricing;

import io.fieldline.backend.catalog.pricing.PricingCatalogLoader;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.contract.pricing.DiscountEnvelope;
import io.fieldline.contract.pricing.EnvelopeVerdict;
import io.fieldline.contract.pricing.LimitExceeded;
import io.fieldline.contract.pricing.PricingEngine;
import io.fieldline.contract.pricing.PricingIssue;
import io.fieldline.contract.pricing.PricingResult;
import io.fieldline.contract.pricing.Quote;
import io.fieldline.contract.pricing.QuoteLine;
import io.fieldline.contract.pricing.Totals;
import io.fieldline.contract.pricing.TotalsCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Prices a quote or order on the server with the shared engine (mobile-contract), always: what a
 * client computed is only compared, never kept. Expected problems (negative quantity, unknown
 * product, discount over 100 %, ...) fail with VALIDATION_FAILED naming the field path, e.g. {@code
 * lines[0].quantity}, and the engine's issue code leading the message.
 */
@ApplicationScoped
public class ServerPricer {
  /** Largest total the server stores (well inside the columns' precision). */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");

  /** Largest quantity or typed unit price on a line. */
  static final BigDecimal MAX_UNITS = new BigDecimal("1000000000");

  private final PricingCatalogLoader loader;

  public ServerPricer(PricingCatalogLoader loader) {
    this.loader = loader;
  }

  /**
   * What to price.
   *
   * @param accountId the customer (selects customer and segment price books)
   * @param ownerUserId the rep whose discount envelope applies
   * @param currency the quote's currency
   * @param pricingDate the date price books and tax rates must be valid on
   * @param quoteDiscountPercent quote-level discount, null for none
   * @param lines the lines as entered
   * @param clientTotals totals the client computed, or null
   */
  public record Request(
      UUID accountId,
      UUID ownerUserId,
      String currency,
      LocalDate pricingDate,
      BigDecimal quoteDiscountPercent,
      List<LineInput> lines,
      TotalsInput clientTotals) {}

  /** Prices {@code request}; fails with VALIDATION_FAILED on the first issue the engine found. */
  public Uni<PricingOutcome> price(SqlConnection c, Request request) {
    List<LineInput> inputs = Inputs.required("lines", request.lines());
    List<QuoteLine> lines = new ArrayList<>();
    List<UUID> productIds = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      LineInput in = inputs.get(i);
      String at = "lines[" + i + "].";
      UUID product = Ids.parse(at + "productId", in.productId());
      productIds.add(product);
      BigDecimal quantity = Inputs.required(at + "quantity", in.quantity());
      if (quantity.abs().compareTo(MAX_UNITS) > 0) {
        throw ApiException.invalid(at + "quantity", "quantity must be at most " + MAX_UNITS);
      }
      if (in.unitPriceOverride() != null && in.unitPriceOverride().abs().compareTo(MAX_UNITS) > 0) {
        throw ApiException.invalid(
            at + "unitPriceOverride", "unitPriceOverride must be at most " + MAX_UNITS);
      }
      lines.add(
          new QuoteLine(
              product.toString(), quantity, in.discountPercent(), in.unitPriceOverride()));
    }
    return loader
        .segments(c, request.accountId())
        .chain(
            segments ->
                loader
                    .catalog(c, request.accountId(), productIds)
                    .chain(
                        catalog ->
                            loader
                                .envelope(c, request.ownerUserId())
                                .map(
                                    envelope ->
                                        price(
                                            new PricingEngine(catalog),
                                            new Quote(
                                                request.accountId().toString(),
                                                segments,
                                                request.pricingDate(),
                                                request.currency(),
                                                lines,
                                                request.quoteDiscountPercent()),
                                            envelope,
                                            request.clientTotals()))));
  }

  private static PricingOutcome price(
      PricingEngine engine, Quote quote, DiscountEnvelope envelope, TotalsInput client) {
    PricingResult result = engine.price(quote, envelope);
    if (result instanceof PricingResult.Rejected rejected) {
      PricingIssue issue = rejected.issues().get(0);
      throw ApiException.invalid(issue.path(), issue.code().wire() + ": " + issue.detail());
    }
    PricingResult.Priced priced = (PricingResult.Priced) result;
    Totals totals = priced.quote().totals();
    if (totals.listTotal().abs().compareTo(MAX_AMOUNT) >= 0
        || totals.grandTotal().abs().compareTo(MAX_AMOUNT) >= 0) {
      throw ApiException.invalid(
          "lines", "The quote's amounts exceed " + MAX_AMOUNT.toPlainString());
    }
    List<ExcessView> exceeded = new ArrayList<>();
    if (priced.verdict() instanceof EnvelopeVerdict.NeedsApproval needs) {
      for (LimitExceeded limit : needs.exceeded()) {
        Integer line =
            limit instanceof LimitExceeded.LineDiscountExceeded l
                ? Integer.valueOf(l.line())
                : null;
        exceeded.add(new ExcessView(limit.limit().name(), line, limit.allowed(), limit.actual()));
      }
    }
    List<MismatchView> mismatch = new ArrayList<>();
    if (client != null
        && TotalsCheck.compare(client.toTotals(), priced.quote().totals())
            instanceof TotalsCheck.TotalsMismatch differs) {
      for (TotalsCheck.Difference d : differs.differences()) {
        mismatch.add(new MismatchView(d.figure().wire(), d.client(), d.engine()));
      }
    }
    return new PricingOutcome(priced.quote(), exceeded, mismatch);
  }
}
