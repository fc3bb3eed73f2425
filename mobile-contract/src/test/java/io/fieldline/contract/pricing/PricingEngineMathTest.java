package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static io.fieldline.contract.pricing.PricingScenario.line;
import static io.fieldline.contract.pricing.PricingScenario.standardBook;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.pricing.PricingResult.Priced;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line math and totals beyond the vectors. */
class PricingEngineMathTest {

  @Test
  void baselinePricesOneWidget() {
    Priced priced = PricingScenario.baseline().priced();

    PricedLine line = priced.quote().lines().get(0);
    assertThat(line.priceBookKind()).isEqualTo(PriceBookKind.STANDARD);
    assertThat(line.listUnitPrice()).isEqualTo(dec("100.00"));
    assertThat(line.taxRatePercent()).isEqualByComparingTo("19");
    assertThat(line.totalAmount()).isEqualTo(dec("119.00"));
    assertThat(priced.quote().currency()).isEqualTo("EUR");
    assertThat(priced.verdict()).isInstanceOf(EnvelopeVerdict.ApprovableByRep.class);
  }

  @Test
  void unitPricesWithMoreDecimalsThanTheCurrencyRoundOnlyOnTheLine() {
    Priced priced =
        PricingScenario.baseline()
            .onlyPriceBooks(standardBook("std", "EUR", "WIDGET", "0.0125"))
            .lines(line("WIDGET", "999.999"))
            .priced();

    // 999.999 x 0.0125 = 12.4999875 -> 12.50
    assertThat(priced.quote().lines().get(0).netAmount()).isEqualTo(dec("12.50"));
  }

  @Test
  void largeAmountsStayExact() {
    Priced priced =
        PricingScenario.baseline()
            .onlyPriceBooks(standardBook("std", "EUR", "WIDGET", "123456.7891"))
            .lines(line("WIDGET", "987654.321", "33.333"))
            .priced();

    // 987654.321 x 123456.7891 = 121932631211.4007011; x 0.66667 = 81288827249.7045054... -> .70
    assertThat(priced.quote().lines().get(0).netAmount()).isEqualTo(dec("81288827249.70"));
    PricingInvariants.assertHold(priced.quote());
  }

  @Test
  void fullQuoteDiscountLeavesNothingToTax() {
    Priced priced =
        PricingScenario.baseline()
            .lines(line("WIDGET", "1"), line("BOOK", "3"))
            .quote(q -> q.withQuoteDiscountPercent(dec("100")))
            .priced();

    Totals totals = priced.quote().totals();
    assertThat(totals.quoteDiscount()).isEqualTo(dec("160.00"));
    assertThat(totals.net()).isEqualTo(dec("0.00"));
    assertThat(totals.tax()).isEqualTo(dec("0.00"));
    assertThat(priced.quote().lines())
        .allSatisfy(l -> assertThat(l.quoteDiscountShare()).isEqualTo(l.netAmount()));
  }

  @Test
  void priceOverrideAboveListIsANegativeDiscount() {
    Priced priced =
        PricingScenario.baseline()
            .envelope(PricingScenario.envelope("10", "5", "15", true))
            .lines(new QuoteLine("WIDGET", dec("1"), null, dec("110.00")))
            .priced();

    assertThat(priced.quote().totals().discountTotal()).isEqualTo(dec("-10.00"));
    assertThat(EnvelopeCheck.effectiveLineDiscount(priced.quote().lines().get(0)))
        .isEqualByComparingTo("-10");
    assertThat(priced.verdict()).isInstanceOf(EnvelopeVerdict.ApprovableByRep.class);
  }

  @Test
  void theSameProductOnTwoLinesIsPricedTwice() {
    Priced priced =
        PricingScenario.baseline().lines(line("WIDGET", "1"), line("WIDGET", "2", "5")).priced();

    assertThat(priced.quote().lines())
        .extracting(PricedLine::netAmount)
        .containsExactly(dec("100.00"), dec("190.00"));
  }

  @Test
  void invariantsHoldForSeededRandomQuotes() {
    Random random = new Random(7);
    String[] currencies = {"EUR", "JPY", "KWD"};
    for (int round = 0; round < 200; round++) {
      String currency = currencies[random.nextInt(currencies.length)];
      List<QuoteLine> lines = new ArrayList<>();
      for (int i = 0, n = random.nextInt(8); i < n; i++) {
        String product = List.of("WIDGET", "HOUR", "BOOK").get(random.nextInt(3));
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
        BigDecimal discount = BigDecimal.valueOf(random.nextInt(10_001), 2);
        lines.add(new QuoteLine(product, quantity, discount, null));
      }
      BigDecimal quoteDiscount = BigDecimal.valueOf(random.nextInt(10_001), 2);
      Priced priced =
          PricingScenario.baseline()
              .onlyPriceBooks(
                  standardBook(
                      "std", currency, "WIDGET", "99.995", "HOUR", "12.3456", "BOOK", "0.333"))
              .envelope(PricingScenario.envelope("100", "100", "100", false))
              .lines(lines.toArray(QuoteLine[]::new))
              .quote(q -> q.withCurrency(currency).withQuoteDiscountPercent(quoteDiscount))
              .priced();

      PricingInvariants.assertHold(priced.quote());
      assertThat(priced.verdict()).isInstanceOf(EnvelopeVerdict.ApprovableByRep.class);
    }
  }
}
