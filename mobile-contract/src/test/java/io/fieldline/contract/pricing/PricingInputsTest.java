package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compact-constructor checks: configuration errors fail fast with the field and value named. */
class PricingInputsTest {

  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  @Test
  void priceBookOwnerMatchesItsKind() {
    assertThatThrownBy(() -> book(PriceBookKind.STANDARD, "ACME", FROM, null))
        .hasMessageContaining("must not have an owner");
    assertThatThrownBy(() -> book(PriceBookKind.SEGMENT, null, FROM, null))
        .hasMessageContaining("ownerId");
  }

  @Test
  void priceBookPeriodMustNotBeEmpty() {
    assertThatThrownBy(() -> book(PriceBookKind.STANDARD, null, FROM, FROM))
        .hasMessageContaining("validTo 2024-01-01 must be after validFrom 2024-01-01");
  }

  @Test
  void priceBookRejectsNegativePricesAndCopiesItsMap() {
    assertThatThrownBy(
            () ->
                new PriceBook(
                    "b",
                    PriceBookKind.STANDARD,
                    null,
                    "EUR",
                    FROM,
                    null,
                    Map.of("WIDGET", dec("-1"))))
        .hasMessageContaining("price of WIDGET must not be negative: -1");
    Map<String, BigDecimal> prices = new HashMap<>(Map.of("WIDGET", dec("1")));
    PriceBook book = new PriceBook("b", PriceBookKind.STANDARD, null, "EUR", FROM, null, prices);
    prices.put("HOUR", dec("2"));
    assertThat(book.unitPrice("HOUR")).isEmpty();
  }

  @Test
  void catalogRejectsDuplicatesAndOverlappingTaxRates() {
    PriceBook book = book(PriceBookKind.STANDARD, null, FROM, null);
    assertThatThrownBy(() -> new Catalog(List.of(book, book), List.of(), List.of()))
        .hasMessageContaining("duplicate price book id: b");
    TaxRate open = new TaxRate("STANDARD", dec("19"), FROM, null);
    TaxRate later = new TaxRate("STANDARD", dec("16"), FROM.plusMonths(6), null);
    assertThatThrownBy(() -> new Catalog(List.of(), List.of(), List.of(open, later)))
        .hasMessageContaining("overlapping tax rates");
  }

  @Test
  void adjacentTaxPeriodsDoNotOverlap() {
    TaxRate before = new TaxRate("STANDARD", dec("19"), FROM, FROM.plusMonths(6));
    TaxRate after = new TaxRate("STANDARD", dec("16"), FROM.plusMonths(6), null);
    TaxRate other = new TaxRate("REDUCED", dec("7"), FROM, null);
    Catalog catalog = new Catalog(List.of(), List.of(), List.of(before, after, other));

    assertThat(catalog.taxRate("STANDARD", FROM.plusMonths(6).minusDays(1))).contains(before);
    assertThat(catalog.taxRate("STANDARD", FROM.plusMonths(6))).contains(after);
    assertThat(catalog.taxRate("STANDARD", FROM.minusDays(1))).isEmpty();
  }

  @Test
  void envelopeLimitsArePercentages() {
    assertThatThrownBy(() -> PricingScenario.envelope("101", "5", "15", false))
        .hasMessageContaining("envelope.maxLineDiscountPercent must be at most 100: 101");
    assertThatThrownBy(() -> PricingScenario.envelope("10", "-1", "15", false))
        .hasMessageContaining("envelope.maxQuoteDiscountPercent must not be negative: -1");
  }

  @Test
  void quoteCopiesItsListsAndDefaultsDiscounts() {
    List<QuoteLine> lines = new ArrayList<>(List.of(new QuoteLine("WIDGET", dec("1"), null, null)));
    Quote quote = new Quote("ACME", List.of(), FROM, "EUR", lines, null);
    lines.clear();

    assertThat(quote.lines()).hasSize(1);
    assertThat(quote.quoteDiscountPercent()).isEqualByComparingTo("0");
    assertThat(quote.lines().get(0).discountPercent()).isEqualByComparingTo("0");
    assertThat(quote.lines().get(0).priceOverride()).isEmpty();
    assertThatThrownBy(() -> new QuoteLine("WIDGET", null, null, null))
        .hasMessageContaining("line.quantity is required");
  }

  @Test
  void withersReturnCopies() {
    QuoteLine line = QuoteLine.of("WIDGET", dec("1"));
    QuoteLine changed = line.withQuantity(dec("2")).withDiscountPercent(dec("5"));

    assertThat(line.quantity()).isEqualByComparingTo("1");
    assertThat(changed).isEqualTo(new QuoteLine("WIDGET", dec("2"), dec("5"), null));
  }

  @Test
  void priceBookKindWireTokens() {
    for (PriceBookKind kind : PriceBookKind.values()) {
      assertThat(PriceBookKind.fromWire(kind.wire())).isEqualTo(kind);
    }
    assertThatThrownBy(() -> PriceBookKind.fromWire("customer"))
        .hasMessageContaining("unknown price book kind: customer");
  }

  private static PriceBook book(PriceBookKind kind, String owner, LocalDate from, LocalDate to) {
    return new PriceBook("b", kind, owner, "EUR", from, to, Map.of("WIDGET", dec("1")));
  }
}
