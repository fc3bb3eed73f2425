package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The per-line formulas of {@link PricingEngine} and the totals built from them. */
final class LineMath {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LineMath() {}

  /** {@code quantity * unitPrice * (1 - discountPercent / 100)}, rounded once. */
  static BigDecimal net(ValidLine valid, String currency) {
    QuoteLine line = valid.line();
    BigDecimal gross = line.quantity().multiply(unitPrice(valid));
    BigDecimal kept = HUNDRED.subtract(line.discountPercent());
    return Rounding.money(Rounding.applyPercent(gross, kept), currency);
  }

  static PricedLine priced(ValidLine valid, BigDecimal net, BigDecimal share, String currency) {
    QuoteLine line = valid.line();
    BigDecimal listUnitPrice = valid.price().unitPrice();
    BigDecimal listAmount = Rounding.money(line.quantity().multiply(listUnitPrice), currency);
    BigDecimal taxable = net.subtract(share);
    BigDecimal rate = valid.taxRate().ratePercent();
    BigDecimal tax = Rounding.money(Rounding.applyPercent(taxable, rate), currency);
    return new PricedLine(
        valid.index(),
        line.productId(),
        valid.price().book().id(),
        valid.price().book().kind(),
        listUnitPrice,
        unitPrice(valid),
        line.quantity(),
        line.discountPercent(),
        listAmount,
        net,
        share,
        taxable,
        rate,
        tax,
        taxable.add(tax));
  }

  static Totals totals(List<PricedLine> lines, BigDecimal quoteDiscount, String currency) {
    BigDecimal listTotal = sum(lines, PricedLine::listAmount, currency);
    BigDecimal net = sum(lines, PricedLine::taxableAmount, currency);
    BigDecimal tax = sum(lines, PricedLine::taxAmount, currency);
    return new Totals(
        listTotal,
        sum(lines, PricedLine::netAmount, currency),
        quoteDiscount,
        listTotal.subtract(net),
        net,
        tax,
        net.add(tax));
  }

  static BigDecimal sum(List<BigDecimal> amounts, String currency) {
    return amounts.stream().reduce(Rounding.zero(currency), BigDecimal::add);
  }

  private static BigDecimal sum(
      List<PricedLine> lines, Function<PricedLine, BigDecimal> figure, String currency) {
    return sum(lines.stream().map(figure).toList(), currency);
  }

  private static BigDecimal unitPrice(ValidLine valid) {
    return valid.line().priceOverride().orElse(valid.price().unitPrice());
  }
}
