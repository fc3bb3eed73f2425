package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount over lines in proportion to their weights, in whole minor units, so that the
 * shares add up to the amount exactly (largest-remainder method).
 *
 * <ol>
 *   <li>Each line's exact share is {@code amount * weight / sum of weights}, in minor units.
 *   <li>Each line first gets its exact share rounded down.
 *   <li>The minor units left over (fewer than the number of lines) go one each to the lines with
 *       the largest discarded fractions; between equal fractions, to the earlier line.
 * </ol>
 *
 * Every share is therefore within one minor unit of its exact proportional share. The arithmetic is
 * exact (no intermediate rounding), so every platform gets the same split.
 */
public final class DiscountAllocator {

  private DiscountAllocator() {}

  /**
   * Allocates {@code amount} (at its own scale) over non-negative {@code weights}; shares carry the
   * amount's scale. All-zero weights are allowed only with a zero amount.
   */
  public static List<BigDecimal> allocate(BigDecimal amount, List<BigDecimal> weights) {
    Checks.nonNegative(amount, "amount");
    weights.forEach(weight -> Checks.nonNegative(weight, "weight"));
    int scale = amount.scale();
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      if (amount.signum() != 0) {
        throw new IllegalArgumentException("cannot allocate " + amount + " over zero weights");
      }
      return weights.stream().map(weight -> BigDecimal.ZERO.setScale(scale)).toList();
    }
    BigDecimal units = new BigDecimal(amount.unscaledValue());
    List<BigInteger> shares = new ArrayList<>();
    List<BigDecimal> fractions = new ArrayList<>();
    BigInteger allocated = BigInteger.ZERO;
    for (BigDecimal weight : weights) {
      BigDecimal[] quotientAndRemainder = units.multiply(weight).divideAndRemainder(total);
      BigInteger floor = quotientAndRemainder[0].toBigIntegerExact();
      shares.add(floor);
      fractions.add(quotientAndRemainder[1]);
      allocated = allocated.add(floor);
    }
    int leftover = amount.unscaledValue().subtract(allocated).intValueExact();
    IntStream.range(0, weights.size())
        .boxed()
        .sorted(Comparator.comparing(fractions::get, Comparator.reverseOrder()))
        .limit(leftover)
        .forEach(i -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
    return shares.stream().map(share -> new BigDecimal(share, scale)).toList();
  }
}
