package io.fieldline.contract.pricing;

import java.util.Locale;

/**
 * Which quotes a price book applies to, in order of precedence: a customer's own price book beats
 * its segments' price books, which beat the standard one.
 */
public enum PriceBookKind {
  /** Applies to the one account named by the price book's owner id. */
  CUSTOMER,
  /** Applies to every account classified in the segment named by the price book's owner id. */
  SEGMENT,
  /** Applies to every account; has no owner id. */
  STANDARD;

  /** The wire token, e.g. {@code "CUSTOMER"}. */
  public String wire() {
    return name();
  }

  /** Parses a wire token; rejects unknown tokens. */
  public static PriceBookKind fromWire(String token) {
    for (PriceBookKind kind : values()) {
      if (kind.name().equals(token)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown price book kind: " + token + " (expected one of CUSTOMER, SEGMENT, STANDARD)");
  }

  /** Lower-case label for messages. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
