package io.fieldline.contract.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.pricing.PricingResult.Priced;
import io.fieldline.contract.pricing.PricingResult.Rejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Test data builder with a valid baseline (style.md #8): a EUR standard price book, four products
 * (one inactive), 19 % / 7 % tax, a rep envelope of 10 % line / 5 % quote / 15 % total, and a quote
 * for ACME on 2024-06-15 with one WIDGET. Negative tests start here and break one thing.
 */
final class PricingScenario {

  static final LocalDate PRICING_DATE = LocalDate.of(2024, 6, 15);
  static final LocalDate BOOKS_FROM = LocalDate.of(2024, 1, 1);
  static final LocalDate RATES_FROM = LocalDate.of(2020, 1, 1);

  private final List<PriceBook> priceBooks = new ArrayList<>();
  private final List<Product> products = new ArrayList<>();
  private final List<TaxRate> taxRates = new ArrayList<>();
  private DiscountEnvelope envelope = envelope("10", "5", "15", false);
  private Quote quote =
      new Quote("ACME", List.of(), PRICING_DATE, "EUR", List.of(line("WIDGET", "1")), null);

  private PricingScenario() {}

  /** The valid baseline. */
  static PricingScenario baseline() {
    PricingScenario scenario = new PricingScenario();
    scenario.products.addAll(
        List.of(
            new Product("WIDGET", "W-100", "pc", true, "STANDARD"),
            new Product("HOUR", "SRV-H", "h", true, "STANDARD"),
            new Product("BOOK", "BK-1", "pc", true, "REDUCED"),
            new Product("LEGACY", "LG-1", "pc", false, "STANDARD")));
    scenario.priceBooks.add(
        standardBook(
            "std-eur", "EUR", "WIDGET", "100.00", "HOUR", "80.00", "BOOK", "20.00", "LEGACY",
            "5.00"));
    scenario.taxRates.add(new TaxRate("STANDARD", dec("19"), RATES_FROM, null));
    scenario.taxRates.add(new TaxRate("REDUCED", dec("7"), RATES_FROM, null));
    return scenario;
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static QuoteLine line(String productId, String quantity) {
    return QuoteLine.of(productId, dec(quantity));
  }

  static QuoteLine line(String productId, String quantity, String discountPercent) {
    return new QuoteLine(productId, dec(quantity), dec(discountPercent), null);
  }

  static DiscountEnvelope envelope(String line, String quote, String total, boolean override) {
    return new DiscountEnvelope(dec(line), dec(quote), dec(total), override);
  }

  /** A price book valid from 2024-01-01, open-ended; prices as product id / price pairs. */
  static PriceBook book(
      PriceBookKind kind, String id, String owner, String currency, String... productPrices) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    for (int i = 0; i < productPrices.length; i += 2) {
      prices.put(productPrices[i], dec(productPrices[i + 1]));
    }
    return new PriceBook(id, kind, owner, currency, BOOKS_FROM, null, prices);
  }

  static PriceBook standardBook(String id, String currency, String... productPrices) {
    return book(PriceBookKind.STANDARD, id, null, currency, productPrices);
  }

  PricingScenario priceBook(PriceBook book) {
    priceBooks.add(book);
    return this;
  }

  /** Replaces every price book. */
  PricingScenario onlyPriceBooks(PriceBook... books) {
    priceBooks.clear();
    priceBooks.addAll(Arrays.asList(books));
    return this;
  }

  PricingScenario product(Product product) {
    products.add(product);
    return this;
  }

  /** Replaces every tax rate. */
  PricingScenario onlyTaxRates(TaxRate... rates) {
    taxRates.clear();
    taxRates.addAll(Arrays.asList(rates));
    return this;
  }

  PricingScenario envelope(DiscountEnvelope newEnvelope) {
    envelope = newEnvelope;
    return this;
  }

  PricingScenario lines(QuoteLine... lines) {
    quote = quote.withLines(List.of(lines));
    return this;
  }

  PricingScenario quote(UnaryOperator<Quote> change) {
    quote = change.apply(quote);
    return this;
  }

  Catalog catalog() {
    return new Catalog(priceBooks, products, taxRates);
  }

  Quote quote() {
    return quote;
  }

  PricingResult price() {
    return new PricingEngine(catalog()).price(quote, envelope);
  }

  /** Prices and asserts the quote was priced. */
  Priced priced() {
    PricingResult result = price();
    assertThat(result).isInstanceOf(Priced.class);
    return (Priced) result;
  }

  /** Prices and asserts the quote was rejected. */
  Rejected rejected() {
    PricingResult result = price();
    assertThat(result).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }
}
