package io.fieldline.contract.pricing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reference data a quote is priced against: price books, products and tax rates. The server
 * loads it for the tenant; a phone holds the synced copy. Immutable; products are indexed by id.
 */
public final class Catalog {

  private final List<PriceBook> priceBooks;
  private final List<Product> products;
  private final Map<String, Product> productsById;
  private final List<TaxRate> taxRates;

  /**
   * Validates and copies; rejects duplicate ids and overlapping periods of one tax category.
   *
   * @param priceBooks all price books, expired ones included (the engine ignores them by date)
   * @param products all products, inactive ones included
   * @param taxRates all tax rates
   */
  public Catalog(List<PriceBook> priceBooks, List<Product> products, List<TaxRate> taxRates) {
    this.priceBooks = List.copyOf(Checks.required(priceBooks, "catalog.priceBooks"));
    this.products = List.copyOf(Checks.required(products, "catalog.products"));
    this.productsById = index(this.products, Product::id, "product");
    index(this.priceBooks, PriceBook::id, "price book");
    this.taxRates = List.copyOf(Checks.required(taxRates, "catalog.taxRates"));
    for (int i = 0; i < this.taxRates.size(); i++) {
      for (int j = i + 1; j < this.taxRates.size(); j++) {
        if (this.taxRates.get(i).overlaps(this.taxRates.get(j))) {
          throw new IllegalArgumentException(
              "overlapping tax rates: " + this.taxRates.get(i) + " and " + this.taxRates.get(j));
        }
      }
    }
  }

  /** All price books. */
  public List<PriceBook> priceBooks() {
    return priceBooks;
  }

  /** All products. */
  public List<Product> products() {
    return products;
  }

  /** All tax rates. */
  public List<TaxRate> taxRates() {
    return taxRates;
  }

  /** The product with this id, if any. */
  public Optional<Product> product(String productId) {
    return Optional.ofNullable(productsById.get(productId));
  }

  /** The rate of a tax category on a date, if one is defined. */
  public Optional<TaxRate> taxRate(String category, LocalDate date) {
    return taxRates.stream()
        .filter(rate -> rate.category().equals(category) && rate.validOn(date))
        .findFirst();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
    Map<String, T> byId = new HashMap<>();
    for (T item : items) {
      if (byId.put(id.apply(item), item) != null) {
        throw new IllegalArgumentException("duplicate " + what + " id: " + id.apply(item));
      }
    }
    return Map.copyOf(byId);
  }
}
