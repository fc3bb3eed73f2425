package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscountAllocatorTest {

  @Test
  void exactSharesNeedNoRemainder() {
    assertThat(DiscountAllocator.allocate(dec("8.00"), decs("100.00", "20.00", "40.00")))
        .containsExactly(dec("5.00"), dec("1.00"), dec("2.00"));
  }

  @Test
  void leftoverUnitsGoToTheLargestRemainders() {
    // 333 cents over 93 / 20 / 20: exact 232.85 / 50.08 / 50.08, floors 232 / 50 / 50.
    assertThat(DiscountAllocator.allocate(dec("3.33"), decs("93.00", "20.00", "20.00")))
        .containsExactly(dec("2.33"), dec("0.50"), dec("0.50"));
  }

  @Test
  void equalRemaindersGoToEarlierLines() {
    assertThat(DiscountAllocator.allocate(dec("1.01"), decs("10.00", "10.00", "10.00")))
        .containsExactly(dec("0.34"), dec("0.34"), dec("0.33"));
    assertThat(DiscountAllocator.allocate(dec("0.02"), decs("1", "1", "1", "1")))
        .containsExactly(dec("0.01"), dec("0.01"), dec("0.00"), dec("0.00"));
  }

  @Test
  void zeroWeightsGetNothing() {
    assertThat(DiscountAllocator.allocate(dec("4.00"), decs("0.00", "80.00", "0.00")))
        .containsExactly(dec("0.00"), dec("4.00"), dec("0.00"));
  }

  @Test
  void sharesKeepTheAmountsScale() {
    assertThat(DiscountAllocator.allocate(dec("7"), decs("1", "1")))
        .containsExactly(dec("4"), dec("3"));
    assertThat(DiscountAllocator.allocate(dec("0.040"), decs("1.250", "0.666", "0.100")))
        .containsExactly(dec("0.025"), dec("0.013"), dec("0.002"));
  }

  @Test
  void nothingToAllocate() {
    assertThat(DiscountAllocator.allocate(dec("0.00"), decs("0.00", "0.00")))
        .containsExactly(dec("0.00"), dec("0.00"));
    assertThat(DiscountAllocator.allocate(dec("0.00"), List.of())).isEmpty();
  }

  @Test
  void refusesAnAmountWithoutWeights() {
    assertThatThrownBy(() -> DiscountAllocator.allocate(dec("1.00"), decs("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero weights");
    assertThatThrownBy(() -> DiscountAllocator.allocate(dec("1.00"), decs("-1.00", "2.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
  }

  @Test
  void sharesAddUpAndStayWithinOneUnitOfTheExactShare() {
    Random random = new Random(20240615);
    for (int round = 0; round < 500; round++) {
      List<BigDecimal> weights = new ArrayList<>();
      int lines = 1 + random.nextInt(12);
      for (int i = 0; i < lines; i++) {
        weights.add(BigDecimal.valueOf(random.nextInt(100_000), 2));
      }
      BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal amount =
          total.signum() == 0 ? dec("0.00") : BigDecimal.valueOf(random.nextInt(50_000), 2);

      List<BigDecimal> shares = DiscountAllocator.allocate(amount, weights);

      assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(amount);
      for (int i = 0; i < lines && total.signum() != 0; i++) {
        BigDecimal exact = amount.multiply(weights.get(i)).divide(total, MathContext.DECIMAL128);
        assertThat(shares.get(i).subtract(exact).abs()).isLessThan(dec("0.01"));
      }
    }
  }

  private static List<BigDecimal> decs(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
