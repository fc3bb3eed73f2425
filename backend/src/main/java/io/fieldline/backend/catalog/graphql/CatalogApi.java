package io.fieldline.backend.catalog.graphql;

import io.fieldline.backend.catalog.PriceBookKind;
import io.fieldline.backend.catalog.graphql.CatalogInputs.EntryInput;
import io.fieldline.backend.catalog.graphql.CatalogInputs.PriceBookInput;
import io.fieldline.backend.catalog.graphql.CatalogInputs.ProductFilter;
import io.fieldline.backend.catalog.graphql.CatalogInputs.ProductInput;
import io.fieldline.backend.catalog.graphql.CatalogInputs.TaxRateInput;
import io.fieldline.backend.catalog.graphql.CatalogViews.EntryView;
import io.fieldline.backend.catalog.graphql.CatalogViews.PriceBookView;
import io.fieldline.backend.catalog.graphql.CatalogViews.ProductLineView;
import io.fieldline.backend.catalog.graphql.CatalogViews.ProductView;
import io.fieldline.backend.catalog.graphql.CatalogViews.TaxRateView;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The sales catalog over GraphQL: everyone reads, admins change. */
@GraphQLApi
public class CatalogApi {
  private final SalesTx tx;
  private final CatalogStore store;

  public CatalogApi(SalesTx tx, CatalogStore store) {
    this.tx = tx;
    this.store = store;
  }

  @Query("products")
  @Description("Products by SKU, filtered and paged.")
  public Uni<@NonNull ProductConnection> products(
      @Name("filter") ProductFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.read((c, s) -> store.products(c, filter, first, after).map(ProductConnection::of));
  }

  @Query("productLines")
  @Description("Product lines by code.")
  public Uni<@NonNull List<@NonNull ProductLineView>> productLines() {
    return tx.read((c, s) -> store.lines(c));
  }

  @Query("priceBooks")
  @Description("Price books (standard, segment, customer) with their validity.")
  public Uni<@NonNull List<@NonNull PriceBookView>> priceBooks(@Name("kind") PriceBookKind kind) {
    return tx.read((c, s) -> store.priceBooks(c, kind));
  }

  public Uni<@NonNull List<@NonNull EntryView>> entries(@Source PriceBookView book) {
    return tx.read((c, s) -> store.entries(c, book.id()));
  }

  @Query("taxRates")
  @Description("Tax rates by category and period.")
  public Uni<@NonNull List<@NonNull TaxRateView>> taxRates() {
    return tx.read((c, s) -> store.taxRates(c));
  }

  @Mutation("createPriceBook")
  @Description("Creates a price book (admins).")
  public Uni<@NonNull PriceBookView> createPriceBook(@Name("input") @NonNull PriceBookInput input) {
    return tx.admin((c, s) -> store.createPriceBook(c, input));
  }

  @Mutation("setPriceBookEntries")
  @Description("Sets products' unit prices in a price book (admins).")
  public Uni<@NonNull PriceBookView> setPriceBookEntries(
      @Name("priceBookId") @Id @NonNull String priceBookId,
      @Name("entries") @NonNull List<@NonNull EntryInput> entries) {
    return tx.admin((c, s) -> store.setEntries(c, Ids.parse("priceBookId", priceBookId), entries));
  }

  @Mutation("createTaxRate")
  @Description("Adds a tax rate period (admins).")
  public Uni<@NonNull TaxRateView> createTaxRate(@Name("input") @NonNull TaxRateInput input) {
    return tx.admin((c, s) -> store.createTaxRate(c, input));
  }

  @Mutation("createProduct")
  @Description("Adds a product (admins).")
  public Uni<@NonNull ProductView> createProduct(@Name("input") @NonNull ProductInput input) {
    return tx.admin((c, s) -> store.createProduct(c, input));
  }
}
