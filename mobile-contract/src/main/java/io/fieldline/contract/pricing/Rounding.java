package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Every rounding rule of the pricing engine, in one place.
 *
 * <ul>
 *   <li>Money is rounded {@link RoundingMode#HALF_UP} (commercial rounding: 0.005 EUR becomes
 *       0.01), to the currency's minor unit: {@link #scale(String)}.
 *   <li>Each line amount is rounded once, from exact inputs; totals are sums of rounded line
 *       amounts, never re-rounded.
 *   <li>Derived percentages (effective discounts) are rounded HALF_UP to {@link #PERCENT_SCALE}
 *       decimals before they are compared with a limit.
 *   <li>Quantities may carry at most {@link #MAX_QUANTITY_SCALE} decimals (trailing zeros ignored).
 * </ul>
 *
 * <p>The currency scales are a fixed table, not the platform's currency data, so that a phone and
 * the server always agree: the ISO 4217 minor units of the currencies listed in {@link
 * #NON_DEFAULT_SCALES}, 2 for every other supported currency ({@link #isSupported}).
 */
public final class Rounding {

  /** The one rounding mode for money and percentages. */
  public static final RoundingMode MODE = RoundingMode.HALF_UP;

  /** Decimals of a derived percentage (e.g. 12.3457 %). */
  public static final int PERCENT_SCALE = 4;

  /** Most decimals a quantity may have (e.g. 1.125 hours). */
  public static final int MAX_QUANTITY_SCALE = 3;

  /** Minor-unit decimals of the active ISO 4217 currencies whose minor unit is not 2. */
  public static final Map<String, Integer> NON_DEFAULT_SCALES =
      scales(
          Map.of(
              0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
              3, "BHD IQD JOD KWD LYD OMR TND",
              4, "CLF"));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rounding() {}

  /**
   * Whether the engine can price in {@code currency}: a code listed in {@link #NON_DEFAULT_SCALES},
   * or an ISO 4217 code with 2 decimals. Codes without a minor unit (XAU, XXX) and withdrawn codes
   * with another minor unit (ITL, ESP) are not supported.
   */
  public static boolean isSupported(String currency) {
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      return false;
    }
    if (NON_DEFAULT_SCALES.containsKey(currency)) {
      return true;
    }
    try {
      return Currency.getInstance(currency).getDefaultFractionDigits() == 2;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  /** Decimals of the currency's minor unit: 2 for EUR/USD, 0 for JPY, 3 for KWD/BHD. */
  public static int scale(String currency) {
    if (!isSupported(currency)) {
      throw new IllegalArgumentException("unsupported currency: " + currency);
    }
    return NON_DEFAULT_SCALES.getOrDefault(currency, 2);
  }

  /** {@code amount} rounded HALF_UP to the currency's minor unit. */
  public static BigDecimal money(BigDecimal amount, String currency) {
    return amount.setScale(scale(currency), MODE);
  }

  /** Zero at the currency's scale (e.g. 0.00 EUR, 0 JPY). */
  public static BigDecimal zero(String currency) {
    return BigDecimal.ZERO.setScale(scale(currency));
  }

  /** {@code part / whole * 100}, rounded HALF_UP to {@link #PERCENT_SCALE}; 0 if whole is 0. */
  public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(PERCENT_SCALE);
    }
    return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, MODE);
  }

  /** {@code amount * percent / 100}, exact (no rounding). */
  public static BigDecimal applyPercent(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).movePointLeft(2);
  }

  private static Map<String, Integer> scales(Map<Integer, String> codesByScale) {
    Map<String, Integer> scales = new HashMap<>();
    codesByScale.forEach(
        (scale, codes) -> Arrays.stream(codes.split(" ")).forEach(code -> scales.put(code, scale)));
    return Map.copyOf(scales);
  }

  /** Whether the quantity has more decimals than {@link #MAX_QUANTITY_SCALE}. */
  public static boolean quantityTooPrecise(BigDecimal quantity) {
    return quantity.stripTrailingZeros().scale() > MAX_QUANTITY_SCALE;
  }
}
