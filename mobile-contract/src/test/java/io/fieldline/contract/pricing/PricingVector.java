package io.fieldline.contract.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One conformance vector: inputs mapped to engine types, the expectation kept as JSON.
 *
 * @param name file name, e.g. {@code 01-basic-single-line.json}
 * @param description what the vector pins
 * @param catalog price books, products, tax rates
 * @param envelope the rep's envelope
 * @param quote the quote
 * @param clientTotals totals a client sent, if the vector checks them
 * @param expected the {@code expected} object
 */
record PricingVector(
    String name,
    String description,
    Catalog catalog,
    DiscountEnvelope envelope,
    Quote quote,
    Optional<Totals> clientTotals,
    JsonNode expected) {

  @Override
  public String toString() {
    return name;
  }
}
