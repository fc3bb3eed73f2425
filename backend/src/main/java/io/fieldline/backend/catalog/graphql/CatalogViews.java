package io.fieldline.backend.catalog.graphql;

import io.fieldline.backend.catalog.PriceBookKind;
import io.fieldline.backend.catalog.ProductKind;
import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The catalog as the API shows it. */
public final class CatalogViews {
  private CatalogViews() {}

  /** A product. */
  @Type("Product")
  public record ProductView(
      @Id @NonNull UUID id,
      @Id UUID productLineId,
      @NonNull String sku,
      @NonNull String name,
      @NonNull String unit,
      @NonNull String taxCategory,
      @NonNull ProductKind kind,
      boolean active) {

    static ProductView of(Row r) {
      return new ProductView(
          r.getUUID("id"),
          r.getUUID("product_line_id"),
          r.getString("sku"),
          r.getString("name"),
          r.getString("unit"),
          r.getString("tax_category"),
          ProductKind.valueOf(r.getString("kind")),
          r.getBoolean("active"));
    }
  }

  /** A product line. */
  @Type("ProductLine")
  public record ProductLineView(@Id @NonNull UUID id, @NonNull String code, @NonNull String name) {
    static ProductLineView of(Row r) {
      return new ProductLineView(r.getUUID("id"), r.getString("code"), r.getString("name"));
    }
  }

  /** A price book: standard, or for a segment (account category) or one customer. */
  @Type("PriceBook")
  public record PriceBookView(
      @Id @NonNull UUID id,
      @NonNull String name,
      @NonNull PriceBookKind kind,
      @Id UUID ownerCategoryId,
      @Id UUID ownerAccountId,
      @NonNull String currency,
      @NonNull LocalDate validFrom,
      LocalDate validTo) {

    static PriceBookView of(Row r) {
      return new PriceBookView(
          r.getUUID("id"),
          r.getString("name"),
          PriceBookKind.valueOf(r.getString("kind")),
          r.getUUID("owner_category_id"),
          r.getUUID("owner_account_id"),
          r.getString("currency"),
          r.getLocalDate("valid_from"),
          r.getLocalDate("valid_to"));
    }
  }

  /** A product's unit list price in a price book. */
  @Type("PriceBookEntry")
  public record EntryView(
      @Id @NonNull UUID productId, @NonNull String sku, @NonNull BigDecimal unitPrice) {
    static EntryView of(Row r) {
      return new EntryView(
          r.getUUID("product_id"), r.getString("sku"), Money.plain(r.getBigDecimal("unit_price")));
    }
  }

  /** A tax rate of a category over a period. */
  @Type("TaxRate")
  public record TaxRateView(
      @Id @NonNull UUID id,
      @NonNull String category,
      @NonNull BigDecimal ratePercent,
      @NonNull LocalDate validFrom,
      LocalDate validTo) {
    static TaxRateView of(Row r) {
      return new TaxRateView(
          r.getUUID("id"),
          r.getString("category"),
          Money.plain(r.getBigDecimal("rate_percent")),
          r.getLocalDate("valid_from"),
          r.getLocalDate("valid_to"));
    }
  }
}
