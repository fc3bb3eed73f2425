package io.fieldline.contract.pricing;

import io.fieldline.contract.pricing.PricingResult.Priced;
import io.fieldline.contract.pricing.PricingResult.Rejected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices quotes against a {@link Catalog}: the same code on the phone (offline) and on the server
 * (which always re-prices). Stateless and thread-safe.
 *
 * <p>Per line, each amount rounded once ({@link Rounding}):
 *
 * <pre>
 *   listAmount  = quantity * listUnitPrice
 *   netAmount   = quantity * unitPrice * (1 - discountPercent / 100)
 * </pre>
 *
 * Then {@code subtotal = sum(netAmount)}, {@code quoteDiscount = subtotal * quoteDiscountPercent /
 * 100} (rounded), split over the lines in proportion to their net amounts by {@link
 * DiscountAllocator}; {@code taxableAmount = netAmount - share}, {@code taxAmount = taxableAmount *
 * rate / 100} (rounded per line, with the rate of the product's tax category on the pricing date).
 * Totals are sums of the line figures ({@link Totals}).
 */
public final class PricingEngine {

  private final Catalog catalog;

  /** An engine for one catalog. */
  public PricingEngine(Catalog catalog) {
    this.catalog = Checks.required(catalog, "catalog");
  }

  /**
   * Prices a quote. Expected problems (unknown product, no price, bad quantity...) are returned as
   * a {@link Rejected} listing every issue; a valid quote comes back {@link Priced} with the
   * envelope verdict.
   */
  public PricingResult price(Quote quote, DiscountEnvelope envelope) {
    Checks.required(quote, "quote");
    Checks.required(envelope, "envelope");
    List<PricingIssue> issues = new ArrayList<>();
    List<ValidLine> valid = validate(quote, envelope, issues);
    if (!issues.isEmpty()) {
      return new Rejected(issues);
    }
    PricedQuote priced = compute(quote, valid);
    return new Priced(priced, EnvelopeCheck.check(envelope, quote.quoteDiscountPercent(), priced));
  }

  private List<ValidLine> validate(
      Quote quote, DiscountEnvelope envelope, List<PricingIssue> issues) {
    if (!Rounding.isSupported(quote.currency())) {
      issues.add(
          new PricingIssue.QuoteIssue(
              IssueCode.UNSUPPORTED_CURRENCY, "currency", quote.currency() + " is not supported"));
    }
    if (!LineValidator.isPercent(quote.quoteDiscountPercent())) {
      issues.add(
          new PricingIssue.QuoteIssue(
              IssueCode.DISCOUNT_OUT_OF_RANGE,
              "quoteDiscountPercent",
              quote.quoteDiscountPercent() + " is not between 0 and 100"));
    }
    LineValidator validator = new LineValidator(catalog, quote, envelope, issues);
    List<ValidLine> valid = new ArrayList<>();
    for (int i = 0; i < quote.lines().size(); i++) {
      Optional<ValidLine> line = validator.validate(i, quote.lines().get(i));
      line.ifPresent(valid::add);
    }
    return valid;
  }

  private static PricedQuote compute(Quote quote, List<ValidLine> valid) {
    String currency = quote.currency();
    List<BigDecimal> nets = valid.stream().map(line -> LineMath.net(line, currency)).toList();
    BigDecimal subtotal = LineMath.sum(nets, currency);
    BigDecimal quoteDiscount =
        Rounding.money(Rounding.applyPercent(subtotal, quote.quoteDiscountPercent()), currency);
    List<BigDecimal> shares = DiscountAllocator.allocate(quoteDiscount, nets);
    List<PricedLine> lines = new ArrayList<>();
    for (int i = 0; i < valid.size(); i++) {
      lines.add(LineMath.priced(valid.get(i), nets.get(i), shares.get(i), currency));
    }
    return new PricedQuote(currency, lines, LineMath.totals(lines, quoteDiscount, currency));
  }
}
