package io.fieldline.backend.catalog.graphql;

import io.fieldline.backend.catalog.PriceBookKind;
import io.fieldline.backend.catalog.ProductKind;
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
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and writes products, price books and tax rates; call inside a tenant transaction. */
@ApplicationScoped
public class CatalogStore {

  /** One page of products by SKU. */
  public Uni<Paged<ProductView>> products(
      SqlConnection c, ProductFilter f, Integer first, String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    if (f != null) {
      if (f.search() != null && !f.search().isBlank()) {
        String like = sql.bind("%" + f.search().trim().toLowerCase() + "%");
        where.add("(lower(p.sku) like " + like + " or lower(p.name) like " + like + ")");
      }
      if (f.productLineId() != null) {
        where.add(
            "p.product_line_id = "
                + sql.bind(Ids.parse("filter.productLineId", f.productLineId())));
      }
      if (f.active() != null) {
        where.add("p.active = " + sql.bind(f.active()));
      }
    }
    return new Keyset("p.sku", "text", false, "p.id")
        .fetch(c, sql, "p.*", "product p", where, first, after, ProductView::of);
  }

  /** Every product line by code. */
  public Uni<List<ProductLineView>> lines(SqlConnection c) {
    return Sql.exec(c, "select * from product_line order by code")
        .map(rows -> Sql.list(rows).stream().map(ProductLineView::of).toList());
  }

  /** Price books, optionally of one kind, by kind and validity. */
  public Uni<List<PriceBookView>> priceBooks(SqlConnection c, PriceBookKind kind) {
    return Sql.exec(
            c,
            "select * from price_book where $1::text is null or kind = $1"
                + " order by kind, valid_from, name",
            kind == null ? null : kind.name())
        .map(rows -> Sql.list(rows).stream().map(PriceBookView::of).toList());
  }

  /** The entries of a price book by SKU. */
  public Uni<List<EntryView>> entries(SqlConnection c, UUID priceBookId) {
    return Sql.exec(
            c,
            "select e.product_id, p.sku, e.unit_price from price_book_entry e"
                + " join product p on p.id = e.product_id where e.price_book_id = $1 order by p.sku",
            priceBookId)
        .map(rows -> Sql.list(rows).stream().map(EntryView::of).toList());
  }

  /** Every tax rate by category and start. */
  public Uni<List<TaxRateView>> taxRates(SqlConnection c) {
    return Sql.exec(c, "select * from tax_rate order by category, valid_from")
        .map(rows -> Sql.list(rows).stream().map(TaxRateView::of).toList());
  }

  /** Creates a price book. */
  public Uni<PriceBookView> createPriceBook(SqlConnection c, PriceBookInput in) {
    UUID category = Inputs.optionalId("ownerCategoryId", in.ownerCategoryId());
    UUID account = Inputs.optionalId("ownerAccountId", in.ownerAccountId());
    Inputs.required("kind", in.kind());
    if (in.kind() == PriceBookKind.SEGMENT && (category == null || account != null)) {
      throw ApiException.invalid("ownerCategoryId", "A segment price book names a category only");
    }
    if (in.kind() == PriceBookKind.CUSTOMER && (account == null || category != null)) {
      throw ApiException.invalid("ownerAccountId", "A customer price book names an account only");
    }
    if (in.kind() == PriceBookKind.STANDARD && (account != null || category != null)) {
      throw ApiException.invalid("kind", "A standard price book has no owner");
    }
    if (in.validTo() != null && !in.validTo().isAfter(in.validFrom())) {
      throw ApiException.invalid("validTo", "validTo must be after validFrom");
    }
    return Sql.exec(
            c,
            "insert into price_book (id, name, kind, owner_category_id, owner_account_id,"
                + " currency, valid_from, valid_to) select $1, $2, $3, $4, $5, $6, $7, $8"
                + " where ($4::uuid is null or exists (select 1 from account_category where id = $4))"
                + " and ($5::uuid is null or exists (select 1 from account where id = $5)) returning *",
            UUID.randomUUID(),
            Inputs.text("name", in.name(), 200),
            in.kind().name(),
            category,
            account,
            Inputs.currency("currency", in.currency()),
            in.validFrom(),
            in.validTo())
        .map(
            rows ->
                PriceBookView.of(
                    Sql.first(rows)
                        .orElseThrow(
                            () ->
                                ApiException.invalid(
                                    category != null ? "ownerCategoryId" : "ownerAccountId",
                                    "No such owner"))));
  }

  /** Sets unit prices in a price book (insert or replace per product). */
  public Uni<PriceBookView> setEntries(
      SqlConnection c, UUID priceBookId, List<EntryInput> entries) {
    List<Tuple> batch = new ArrayList<>();
    List<UUID> products = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      EntryInput e = entries.get(i);
      UUID product = Ids.parse("entries[" + i + "].productId", e.productId());
      products.add(product);
      batch.add(
          Tuple.of(
              UUID.randomUUID(),
              priceBookId,
              product,
              Inputs.nonNegative("entries[" + i + "].unitPrice", e.unitPrice())));
    }
    return Sql.exec(c, "select * from price_book where id = $1", priceBookId)
        .map(
            rows ->
                PriceBookView.of(
                    Sql.first(rows)
                        .orElseThrow(() -> ApiException.notFound("Price book", priceBookId))))
        .call(
            book ->
                Sql.exec(
                        c,
                        "select id from product where id = any($1)",
                        (Object) products.toArray(new UUID[0]))
                    .map(
                        rows -> {
                          List<UUID> known =
                              Sql.list(rows).stream().map(r -> r.getUUID("id")).toList();
                          for (int i = 0; i < products.size(); i++) {
                            if (!known.contains(products.get(i))) {
                              throw ApiException.invalid(
                                  "entries[" + i + "].productId", "Unknown product");
                            }
                          }
                          return null;
                        }))
        .call(
            book ->
                batch.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : c.preparedQuery(
                            "insert into price_book_entry (id, price_book_id, product_id, unit_price)"
                                + " values ($1, $2, $3, $4) on conflict (tenant_id, price_book_id, product_id)"
                                + " do update set unit_price = excluded.unit_price")
                        .executeBatch(batch));
  }

  /** Adds a tax rate period; VALIDATION_FAILED if it overlaps one of the same category. */
  public Uni<TaxRateView> createTaxRate(SqlConnection c, TaxRateInput in) {
    String category = Inputs.text("category", in.category(), 32);
    Inputs.nonNegative("ratePercent", in.ratePercent());
    if (in.ratePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw ApiException.invalid("ratePercent", "ratePercent must be at most 100");
    }
    if (in.validTo() != null && !in.validTo().isAfter(in.validFrom())) {
      throw ApiException.invalid("validTo", "validTo must be after validFrom");
    }
    return Sql.exec(
            c,
            "select count(*) from tax_rate where category = $1"
                + " and (valid_to is null or valid_to > $2) and ($3::date is null or valid_from < $3)",
            category,
            in.validFrom(),
            in.validTo())
        .chain(
            rows -> {
              if (rows.iterator().next().getLong(0) > 0) {
                throw ApiException.invalid(
                    "validFrom", "The period overlaps another rate of " + category);
              }
              return Sql.exec(
                  c,
                  "insert into tax_rate (id, category, rate_percent, valid_from, valid_to)"
                      + " values ($1, $2, $3, $4, $5) returning *",
                  UUID.randomUUID(),
                  category,
                  in.ratePercent(),
                  in.validFrom(),
                  in.validTo());
            })
        .map(rows -> TaxRateView.of(rows.iterator().next()));
  }

  /** Creates a product with a unique SKU. */
  public Uni<ProductView> createProduct(SqlConnection c, ProductInput in) {
    String sku = Inputs.text("sku", in.sku(), 64);
    UUID line = Inputs.optionalId("productLineId", in.productLineId());
    return Sql.exec(
            c,
            "select (select count(*) from product where sku = $1) as taken,"
                + " (select count(*) from product_line where id = $2) as lines",
            sku,
            line)
        .chain(
            rows -> {
              var row = rows.iterator().next();
              if (row.getLong("taken") > 0) {
                throw ApiException.invalid("sku", "sku is already used");
              }
              if (line != null && row.getLong("lines") == 0) {
                throw ApiException.invalid("productLineId", "No product line with this id");
              }
              return Sql.exec(
                  c,
                  "insert into product (id, product_line_id, sku, name, unit, tax_category,"
                      + " kind) values ($1, $2, $3, $4, $5, $6, $7) returning *",
                  UUID.randomUUID(),
                  line,
                  sku,
                  Inputs.text("name", in.name(), 200),
                  in.unit() == null ? "EA" : Inputs.text("unit", in.unit(), 16),
                  in.taxCategory() == null
                      ? "STANDARD"
                      : Inputs.text("taxCategory", in.taxCategory(), 32),
                  (in.kind() == null ? ProductKind.GOODS : in.kind()).name());
            })
        .map(rows -> ProductView.of(rows.iterator().next()));
  }
}
