package io.fieldline.contract.pricing;

/**
 * A catalog product as the pricing engine sees it.
 *
 * @param id unique id
 * @param sku stock-keeping unit code
 * @param unit unit of measure (e.g. {@code "pc"}, {@code "h"}); quantities may be fractional
 * @param active inactive products cannot be quoted
 * @param taxCategory key into the tax rates (e.g. {@code "STANDARD"}, {@code "REDUCED"})
 */
public record Product(String id, String sku, String unit, boolean active, String taxCategory) {

  /** Validates. */
  public Product {
    Checks.id(id, "product.id");
    Checks.id(sku, "product.sku");
    Checks.id(unit, "product.unit");
    Checks.id(taxCategory, "product.taxCategory");
  }
}
