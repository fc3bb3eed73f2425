package io.fieldline.contract.pricing;

import java.math.BigDecimal;

/** One envelope limit a quote exceeds, with the allowed and the actual percentage. */
public sealed interface LimitExceeded {

  /** Which limit. */
  Limit limit();

  /** The rep's limit in percent. */
  BigDecimal allowed();

  /** The quote's percentage. */
  BigDecimal actual();

  /** By how many percentage points the limit is exceeded: {@code actual - allowed} (> 0). */
  default BigDecimal excess() {
    return actual().subtract(allowed());
  }

  /** The envelope's limits; names are wire tokens. */
  enum Limit {
    /** {@link DiscountEnvelope#maxLineDiscountPercent()}. */
    LINE_DISCOUNT,
    /** {@link DiscountEnvelope#maxQuoteDiscountPercent()}. */
    QUOTE_DISCOUNT,
    /** {@link DiscountEnvelope#maxTotalDiscountPercent()}. */
    TOTAL_DISCOUNT
  }

  /**
   * A line's effective discount is above the line limit.
   *
   * @param line position of the line, from 0
   * @param allowed the limit
   * @param actual the line's effective discount
   */
  record LineDiscountExceeded(int line, BigDecimal allowed, BigDecimal actual)
      implements LimitExceeded {
    @Override
    public Limit limit() {
      return Limit.LINE_DISCOUNT;
    }
  }

  /**
   * The quote discount is above the quote limit.
   *
   * @param allowed the limit
   * @param actual the quote discount
   */
  record QuoteDiscountExceeded(BigDecimal allowed, BigDecimal actual) implements LimitExceeded {
    @Override
    public Limit limit() {
      return Limit.QUOTE_DISCOUNT;
    }
  }

  /**
   * The effective discount of the whole quote is above the total limit.
   *
   * @param allowed the limit
   * @param actual the quote's effective discount
   */
  record TotalDiscountExceeded(BigDecimal allowed, BigDecimal actual) implements LimitExceeded {
    @Override
    public Limit limit() {
      return Limit.TOTAL_DISCOUNT;
    }
  }
}
