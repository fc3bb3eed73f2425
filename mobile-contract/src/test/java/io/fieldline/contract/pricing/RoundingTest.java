package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PricingScenario.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoundingTest {

  @ParameterizedTest
  @CsvSource({"EUR,2", "USD,2", "GBP,2", "CHF,2", "JPY,0", "KRW,0", "KWD,3", "BHD,3", "CLF,4"})
  void scaleIsTheCurrencysMinorUnit(String currency, int scale) {
    assertThat(Rounding.scale(currency)).isEqualTo(scale);
    assertThat(Rounding.zero(currency).scale()).isEqualTo(scale);
  }

  @Test
  void fixedScaleTableAgreesWithIso4217AsTheJdkKnowsIt() {
    Rounding.NON_DEFAULT_SCALES.forEach(
        (code, scale) ->
            assertThat(Currency.getInstance(code).getDefaultFractionDigits())
                .as(code)
                .isEqualTo(scale));
  }

  @Test
  void everySupportedJdkCurrencyHasItsIsoScale() {
    for (Currency currency : Currency.getAvailableCurrencies()) {
      String code = currency.getCurrencyCode();
      if (Rounding.isSupported(code)) {
        assertThat(Rounding.scale(code)).as(code).isEqualTo(currency.getDefaultFractionDigits());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"EURO", "eur", "XAU", "XXX", "ABC", "ITL", ""})
  void unsupportedCurrencies(String currency) {
    assertThat(Rounding.isSupported(currency)).isFalse();
    assertThatThrownBy(() -> Rounding.scale(currency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported currency");
  }

  @Test
  void nullCurrencyIsUnsupported() {
    assertThat(Rounding.isSupported(null)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "10.005,EUR,10.01", // HALF_EVEN would give 10.00
    "10.015,EUR,10.02",
    "10.0049,EUR,10.00",
    "2.185,EUR,2.19", // HALF_EVEN would give 2.18
    "1498.5,JPY,1499", // HALF_EVEN would give 1498
    "1499.5,JPY,1500",
    "0.4,JPY,0",
    "1.0005,KWD,1.001",
    "84.254625,BHD,84.255",
    "-10.005,EUR,-10.01", // away from zero: never produced by the engine, pinned anyway
    "7,EUR,7.00"
  })
  void moneyRoundsHalfUpToTheCurrencyScale(String amount, String currency, String rounded) {
    assertThat(Rounding.money(dec(amount), currency)).isEqualTo(dec(rounded));
  }

  @ParameterizedTest
  @CsvSource({
    "1,3,33.3333",
    "2,3,66.6667",
    "30.00,200.00,15.0000",
    "104.00,180.00,57.7778",
    "5,0,0.0000",
    "-15,100,-15.0000"
  })
  void percentOfRoundsToFourDecimals(String part, String whole, String percent) {
    assertThat(Rounding.percentOf(dec(part), dec(whole))).isEqualTo(dec(percent));
  }

  @Test
  void applyPercentIsExact() {
    assertThat(Rounding.applyPercent(dec("0.333"), dec("19"))).isEqualByComparingTo("0.06327");
    assertThat(Rounding.applyPercent(dec("133.00"), dec("2.5"))).isEqualByComparingTo("3.325");
  }

  @ParameterizedTest
  @CsvSource({
    "1,false",
    "1.125,false",
    "1.1250,false",
    "2.1250000,false",
    "1E+2,false",
    "1.0005,true",
    "0.0001,true"
  })
  void quantitiesMayHaveThreeSignificantDecimals(String quantity, boolean tooPrecise) {
    assertThat(Rounding.quantityTooPrecise(dec(quantity))).isEqualTo(tooPrecise);
  }
}
