package io.fieldline.contract.pricing;

/**
 * Stable codes of the reasons a quote cannot be priced. The names are wire tokens: never rename
 * one, only add. Each says what a client should do.
 */
public enum IssueCode {
  /** The quote's currency is not an ISO 4217 currency the engine supports. Show the user. */
  UNSUPPORTED_CURRENCY,
  /** A line or quote discount is negative or above 100 %. Show the user on the named field. */
  DISCOUNT_OUT_OF_RANGE,
  /** A line's quantity is 0. Show the user; remove the line or enter a quantity. */
  ZERO_QUANTITY,
  /** A line's quantity is negative (returns are not quotes). Show the user. */
  NEGATIVE_QUANTITY,
  /** A line's quantity has more than 3 decimals. Show the user. */
  QUANTITY_TOO_PRECISE,
  /** The catalog has no product with the line's id. Re-pull the catalog, then show the user. */
  UNKNOWN_PRODUCT,
  /** The product is no longer sold. Re-pull the catalog; show the user to replace the line. */
  INACTIVE_PRODUCT,
  /**
   * No price book valid on the pricing date lists the product. Re-pull the catalog; if it stays,
   * show the user (the product cannot be quoted on that date).
   */
  NO_PRICE,
  /**
   * The product is priced on the pricing date only in another currency than the quote's. Show the
   * user (change the quote's currency or the product).
   */
  CURRENCY_MISMATCH,
  /** No tax rate of the product's category is valid on the pricing date. Report to an admin. */
  NO_TAX_RATE,
  /** The line has a manual unit price but the rep may not override prices. Show the user. */
  PRICE_OVERRIDE_NOT_ALLOWED,
  /** The manual unit price is negative. Show the user. */
  NEGATIVE_PRICE_OVERRIDE;

  /** The wire token, e.g. {@code "NO_PRICE"}. */
  public String wire() {
    return name();
  }

  /** Parses a wire token; rejects unknown tokens. */
  public static IssueCode fromWire(String token) {
    for (IssueCode code : values()) {
      if (code.name().equals(token)) {
        return code;
      }
    }
    throw new IllegalArgumentException("unknown pricing issue code: " + token);
  }
}
