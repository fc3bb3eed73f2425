package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.contract.pricing.TotalsCheck.Difference;
import io.fieldline.contract.pricing.TotalsCheck.TotalsMatch;
import io.fieldline.contract.pricing.TotalsCheck.TotalsMismatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsCheckTest {

  private final Totals engine = PricingScenario.baseline().priced().quote().totals();

  @Test
  void equalValuesMatchWhateverTheirScale() {
    Totals client =
        new Totals(
            dec("100"), dec("100.0"), dec("0"), dec("0.000"), dec("100"), dec("19"), dec("119.0"));

    assertThat(TotalsCheck.compare(client, engine)).isInstanceOf(TotalsMatch.class);
  }

  @Test
  void everyDifferingFigureIsListedWithBothValues() {
    Totals client =
        new Totals(
            dec("100.00"),
            dec("100.00"),
            dec("0.00"),
            dec("0.00"),
            dec("99.99"),
            dec("19.00"),
            dec("118.99"));

    TotalsCheck.TotalsComparison comparison = TotalsCheck.compare(client, engine);

    assertThat(comparison).isInstanceOf(TotalsMismatch.class);
    assertThat(((TotalsMismatch) comparison).differences())
        .containsExactly(
            new Difference(Figure.NET, dec("99.99"), dec("100.00")),
            new Difference(Figure.GRAND_TOTAL, dec("118.99"), dec("119.00")));
    assertThat(((TotalsMismatch) comparison).differences().get(0).delta()).isEqualTo(dec("-0.01"));
  }

  @Test
  void aMismatchNeedsADifference() {
    assertThatThrownBy(() -> new TotalsMismatch(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figureWireTokens() {
    for (Figure figure : Figure.values()) {
      assertThat(Figure.fromWire(figure.wire())).isEqualTo(figure);
    }
    assertThatThrownBy(() -> Figure.fromWire("TOTAL")).isInstanceOf(IllegalArgumentException.class);
  }
}
