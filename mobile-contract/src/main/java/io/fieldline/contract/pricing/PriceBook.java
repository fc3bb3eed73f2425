package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A list of unit list prices in one currency, valid from {@code validFrom} (inclusive) until {@code
 * validTo} (exclusive; {@code null} means open-ended). A price book valid until 2025-01-01 still
 * applies on 2024-12-31 and no longer on 2025-01-01, so consecutive books can share the boundary
 * date without overlapping.
 *
 * @param id unique id
 * @param kind who the book applies to
 * @param ownerId the account id (CUSTOMER) or segment id (SEGMENT); {@code null} for STANDARD
 * @param currency ISO 4217 code of every price in the book
 * @param validFrom first day the book applies
 * @param validTo first day the book no longer applies, or {@code null}
 * @param unitPrices product id to unit list price (not negative; may have more decimals than the
 *     currency, e.g. 0.125 EUR per screw)
 */
public record PriceBook(
    String id,
    PriceBookKind kind,
    String ownerId,
    String currency,
    LocalDate validFrom,
    LocalDate validTo,
    Map<String, BigDecimal> unitPrices) {

  /** Validates and copies. */
  public PriceBook {
    Checks.id(id, "priceBook.id");
    Checks.required(kind, "priceBook.kind");
    if (kind == PriceBookKind.STANDARD && ownerId != null) {
      throw new IllegalArgumentException("standard price book " + id + " must not have an owner");
    }
    if (kind != PriceBookKind.STANDARD) {
      Checks.id(ownerId, "priceBook.ownerId of " + kind.label() + " price book " + id);
    }
    Checks.id(currency, "priceBook.currency");
    Checks.period(validFrom, validTo, "priceBook " + id);
    unitPrices = Map.copyOf(Checks.required(unitPrices, "priceBook.unitPrices"));
    unitPrices.forEach((product, price) -> Checks.nonNegative(price, "price of " + product));
  }

  /** Whether the book applies on {@code date}. */
  public boolean validOn(LocalDate date) {
    return Checks.within(date, validFrom, validTo);
  }

  /** The unit list price of a product, if the book lists it. */
  public Optional<BigDecimal> unitPrice(String productId) {
    return Optional.ofNullable(unitPrices.get(productId));
  }
}
