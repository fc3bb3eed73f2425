package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static io.fieldline.contract.pricing.PricingScenario.line;
import static io.fieldline.contract.pricing.PricingScenario.standardBook;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.pricing.EnvelopeVerdict.ApprovableByRep;
import io.fieldline.contract.pricing.EnvelopeVerdict.NeedsApproval;
import io.fieldline.contract.pricing.LimitExceeded.Limit;
import io.fieldline.contract.pricing.LimitExceeded.LineDiscountExceeded;
import org.junit.jupiter.api.Test;

class EnvelopeCheckTest {

  @Test
  void limitsAreInclusive() {
    EnvelopeVerdict verdict =
        PricingScenario.baseline()
            .envelope(PricingScenario.envelope("10", "5", "14.5", false))
            .lines(line("WIDGET", "1", "10"))
            .quote(q -> q.withQuoteDiscountPercent(dec("5")))
            .priced()
            .verdict();

    assertThat(verdict).isInstanceOf(ApprovableByRep.class);
    assertThat(verdict.wire()).isEqualTo("APPROVABLE_BY_REP");
  }

  @Test
  void theSmallestExcessCounts() {
    NeedsApproval verdict =
        needsApproval(PricingScenario.baseline().lines(line("WIDGET", "1", "10.0001")));

    assertThat(verdict.wire()).isEqualTo("NEEDS_APPROVAL");
    assertThat(verdict.exceeded())
        .singleElement()
        .satisfies(limit -> assertThat(limit.excess()).isEqualByComparingTo("0.0001"));
  }

  @Test
  void everyExceededLimitIsListedLinesFirst() {
    NeedsApproval verdict =
        needsApproval(
            PricingScenario.baseline()
                .lines(line("WIDGET", "1", "20"), line("HOUR", "1"), line("BOOK", "1", "30"))
                .quote(q -> q.withQuoteDiscountPercent(dec("6"))));

    assertThat(verdict.exceeded())
        .extracting(LimitExceeded::limit)
        .containsExactly(
            Limit.LINE_DISCOUNT, Limit.LINE_DISCOUNT, Limit.QUOTE_DISCOUNT, Limit.TOTAL_DISCOUNT);
    assertThat(verdict.exceeded().get(1))
        .isInstanceOfSatisfying(
            LineDiscountExceeded.class,
            line -> {
              assertThat(line.line()).isEqualTo(2);
              assertThat(line.allowed()).isEqualByComparingTo("10");
              assertThat(line.actual()).isEqualByComparingTo("30");
              assertThat(line.excess()).isEqualByComparingTo("20");
            });
  }

  @Test
  void overrideDiscountIsRoundedToFourDecimals() {
    PricedQuote quote =
        PricingScenario.baseline()
            .envelope(PricingScenario.envelope("33.3333", "5", "100", true))
            .lines(line("WIDGET", "1").withUnitPriceOverride(dec("66.66666")))
            .priced()
            .quote();

    // (100 - 66.66666) / 100 = 33.333334 % -> 33.3333 %: at the limit, not above.
    assertThat(EnvelopeCheck.effectiveLineDiscount(quote.lines().get(0))).isEqualTo(dec("33.3333"));
  }

  @Test
  void freeProductsHaveNoDiscount() {
    EnvelopeVerdict verdict =
        PricingScenario.baseline()
            .onlyPriceBooks(standardBook("std", "EUR", "WIDGET", "0.00"))
            .lines(line("WIDGET", "1", "50"))
            .priced()
            .verdict();

    assertThat(verdict).isInstanceOf(ApprovableByRep.class);
  }

  private static NeedsApproval needsApproval(PricingScenario scenario) {
    EnvelopeVerdict verdict = scenario.priced().verdict();
    assertThat(verdict).isInstanceOf(NeedsApproval.class);
    return (NeedsApproval) verdict;
  }
}
