package io.fieldline.contract.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Function;

/** The identities every priced quote satisfies exactly; shared by the vector and unit tests. */
final class PricingInvariants {

  private PricingInvariants() {}

  static void assertHold(PricedQuote quote) {
    Totals totals = quote.totals();
    int scale = Rounding.scale(quote.currency());
    for (Figure figure : Figure.values()) {
      assertThat(figure.of(totals).scale()).as(figure + " scale").isEqualTo(scale);
    }
    assertThat(totals.listTotal()).isEqualTo(sum(quote, PricedLine::listAmount));
    assertThat(totals.subtotal()).isEqualTo(sum(quote, PricedLine::netAmount));
    assertThat(totals.quoteDiscount()).isEqualTo(sum(quote, PricedLine::quoteDiscountShare));
    assertThat(totals.net()).isEqualTo(sum(quote, PricedLine::taxableAmount));
    assertThat(totals.tax()).isEqualTo(sum(quote, PricedLine::taxAmount));
    assertThat(totals.grandTotal()).isEqualTo(sum(quote, PricedLine::totalAmount));
    assertThat(totals.subtotal().subtract(totals.quoteDiscount())).isEqualTo(totals.net());
    assertThat(totals.listTotal().subtract(totals.discountTotal())).isEqualTo(totals.net());
    assertThat(totals.net().add(totals.tax())).isEqualTo(totals.grandTotal());
    for (PricedLine line : quote.lines()) {
      assertThat(line.netAmount().subtract(line.quoteDiscountShare()))
          .isEqualTo(line.taxableAmount());
      assertThat(line.taxableAmount().add(line.taxAmount())).isEqualTo(line.totalAmount());
    }
  }

  private static BigDecimal sum(PricedQuote quote, Function<PricedLine, BigDecimal> figure) {
    return quote.lines().stream()
        .map(figure)
        .reduce(Rounding.zero(quote.currency()), BigDecimal::add);
  }
}
