package io.fieldline.backend.catalog.graphql;

import io.fieldline.backend.catalog.PriceBookKind;
import io.fieldline.backend.catalog.ProductKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Input types of the catalog operations. */
public final class CatalogInputs {
  private CatalogInputs() {}

  /** A new price book; a SEGMENT book names a category, a CUSTOMER book an account. */
  @Input("PriceBookInput")
  public record PriceBookInput(
      @NonNull String name,
      @NonNull PriceBookKind kind,
      String ownerCategoryId,
      String ownerAccountId,
      @NonNull String currency,
      @NonNull LocalDate validFrom,
      LocalDate validTo) {}

  /** A product's unit list price. */
  @Input("PriceBookEntryInput")
  public record EntryInput(@NonNull String productId, @NonNull BigDecimal unitPrice) {}

  /** A tax rate period; periods of one category must not overlap. */
  @Input("TaxRateInput")
  public record TaxRateInput(
      @NonNull String category,
      @NonNull BigDecimal ratePercent,
      @NonNull LocalDate validFrom,
      LocalDate validTo) {}

  /** A new product. */
  @Input("ProductInput")
  public record ProductInput(
      @NonNull String sku,
      @NonNull String name,
      String productLineId,
      String unit,
      String taxCategory,
      ProductKind kind) {}

  /** Filters of the product list. */
  @Input("ProductFilter")
  public record ProductFilter(String search, String productLineId, Boolean active) {}
}
