package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static io.fieldline.contract.pricing.PricingScenario.line;
import static io.fieldline.contract.pricing.PricingScenario.standardBook;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.pricing.PricingIssue.LineIssue;
import io.fieldline.contract.pricing.PricingIssue.QuoteIssue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each issue code, starting from the valid baseline and breaking one thing. */
class PricingValidationTest {

  @Test
  void unknownProduct() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("GHOST", "1")),
        IssueCode.UNKNOWN_PRODUCT,
        "productId",
        "GHOST");
  }

  @Test
  void inactiveProduct() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("LEGACY", "1")),
        IssueCode.INACTIVE_PRODUCT,
        "productId",
        "LEGACY");
  }

  @Test
  void negativeQuantity() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("WIDGET", "-0.5")),
        IssueCode.NEGATIVE_QUANTITY,
        "quantity",
        "-0.5");
  }

  @Test
  void zeroQuantity() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("WIDGET", "0.000")),
        IssueCode.ZERO_QUANTITY,
        "quantity",
        "0");
  }

  @Test
  void quantityTooPrecise() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("HOUR", "0.0001")),
        IssueCode.QUANTITY_TOO_PRECISE,
        "quantity",
        "0.0001");
  }

  @Test
  void lineDiscountNegativeOrAboveHundred() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("WIDGET", "1", "-0.01")),
        IssueCode.DISCOUNT_OUT_OF_RANGE,
        "discountPercent",
        "-0.01");
    assertLineIssue(
        PricingScenario.baseline().lines(line("WIDGET", "1", "100.01")),
        IssueCode.DISCOUNT_OUT_OF_RANGE,
        "discountPercent",
        "100.01");
  }

  @Test
  void quoteDiscountAboveHundred() {
    PricingIssue issue =
        PricingScenario.baseline()
            .quote(q -> q.withQuoteDiscountPercent(dec("101")))
            .rejected()
            .issues()
            .get(0);
    assertThat(issue).isInstanceOf(QuoteIssue.class);
    assertThat(issue.code()).isEqualTo(IssueCode.DISCOUNT_OUT_OF_RANGE);
    assertThat(issue.path()).isEqualTo("quoteDiscountPercent");
  }

  @Test
  void priceOverrideNotAllowed() {
    assertLineIssue(
        PricingScenario.baseline().lines(line("WIDGET", "1").withUnitPriceOverride(dec("90"))),
        IssueCode.PRICE_OVERRIDE_NOT_ALLOWED,
        "unitPriceOverride",
        "may not");
  }

  @Test
  void negativePriceOverride() {
    assertLineIssue(
        PricingScenario.baseline()
            .envelope(PricingScenario.envelope("10", "5", "15", true))
            .lines(line("WIDGET", "1").withUnitPriceOverride(dec("-90"))),
        IssueCode.NEGATIVE_PRICE_OVERRIDE,
        "unitPriceOverride",
        "-90");
  }

  @Test
  void noPriceOnThePricingDate() {
    assertLineIssue(
        PricingScenario.baseline().quote(q -> q.withPricingDate(LocalDate.of(2023, 12, 31))),
        IssueCode.NO_PRICE,
        "productId",
        "2023-12-31");
  }

  @Test
  void currencyMismatch() {
    assertLineIssue(
        PricingScenario.baseline()
            .priceBook(standardBook("std-usd", "USD", "HOUR", "90.00"))
            .quote(q -> q.withCurrency("USD")),
        IssueCode.CURRENCY_MISMATCH,
        "productId",
        "USD");
  }

  @Test
  void noTaxRate() {
    assertLineIssue(
        PricingScenario.baseline()
            .onlyTaxRates(new TaxRate("REDUCED", dec("7"), PricingScenario.RATES_FROM, null)),
        IssueCode.NO_TAX_RATE,
        "productId",
        "STANDARD");
  }

  @Test
  void unsupportedCurrencySkipsPriceLookups() {
    PricingResult.Rejected rejected =
        PricingScenario.baseline().quote(q -> q.withCurrency("XAU")).rejected();

    assertThat(rejected.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo(IssueCode.UNSUPPORTED_CURRENCY);
              assertThat(issue.path()).isEqualTo("currency");
              assertThat(issue.detail()).contains("XAU");
            });
  }

  @Test
  void oneFieldGetsOneQuantityIssue() {
    PricingResult.Rejected rejected =
        PricingScenario.baseline().lines(line("WIDGET", "-1.0005")).rejected();

    assertThat(rejected.issues())
        .extracting(PricingIssue::code)
        .containsExactly(IssueCode.NEGATIVE_QUANTITY);
  }

  @Test
  void wireTokensRoundTripAndUnknownOnesAreRejected() {
    for (IssueCode code : IssueCode.values()) {
      assertThat(IssueCode.fromWire(code.wire())).isEqualTo(code);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IssueCode.fromWire("no_price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_price");
  }

  private static void assertLineIssue(
      PricingScenario scenario, IssueCode code, String field, String detailMentions) {
    assertThat(scenario.rejected().issues())
        .singleElement()
        .isInstanceOfSatisfying(
            LineIssue.class,
            issue -> {
              assertThat(issue.code()).isEqualTo(code);
              assertThat(issue.line()).isZero();
              assertThat(issue.field()).isEqualTo(field);
              assertThat(issue.path()).isEqualTo("lines[0]." + field);
              assertThat(issue.detail()).contains(detailMentions);
            });
  }
}
