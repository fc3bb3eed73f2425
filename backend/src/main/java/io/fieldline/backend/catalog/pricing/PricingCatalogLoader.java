package io.fieldline.backend.catalog.pricing;

import io.fieldline.backend.sales.db.Sql;
import io.fieldline.contract.pricing.Catalog;
import io.fieldline.contract.pricing.DiscountEnvelope;
import io.fieldline.contract.pricing.PriceBook;
import io.fieldline.contract.pricing.PriceBookKind;
import io.fieldline.contract.pricing.Product;
import io.fieldline.contract.pricing.TaxRate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads what the shared pricing engine needs for one account's quote from the tenant's tables: the
 * price books that may apply (standard, segment, and the account's own), their prices of the quoted
 * products, those products, every tax rate; the account's segments; the rep's discount envelope.
 */
@ApplicationScoped
public class PricingCatalogLoader {
  private static final DiscountEnvelope NO_DISCOUNT =
      new DiscountEnvelope(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);

  /** The engine's catalog for pricing {@code productIds} for {@code accountId}. */
  public Uni<Catalog> catalog(SqlConnection c, UUID accountId, List<UUID> productIds) {
    UUID[] products = productIds.toArray(new UUID[0]);
    Uni<List<Row>> books =
        Sql.exec(
                c,
                "select * from price_book where kind <> 'CUSTOMER' or owner_account_id = $1",
                accountId)
            .map(Sql::list);
    Uni<List<Row>> entries =
        Sql.exec(
                c,
                "select e.price_book_id, e.product_id, e.unit_price from price_book_entry e"
                    + " join price_book b on b.id = e.price_book_id"
                    + " where e.product_id = any($2)"
                    + " and (b.kind <> 'CUSTOMER' or b.owner_account_id = $1)",
                accountId,
                products)
            .map(Sql::list);
    Uni<List<Product>> productList =
        Sql.exec(
                c,
                "select id, sku, unit, active, tax_category from product where id = any($1)",
                (Object) products)
            .map(rows -> Sql.list(rows).stream().map(PricingCatalogLoader::product).toList());
    Uni<List<TaxRate>> rates =
        Sql.exec(c, "select * from tax_rate order by category, valid_from")
            .map(rows -> Sql.list(rows).stream().map(PricingCatalogLoader::taxRate).toList());
    return books.chain(
        b ->
            entries.chain(
                e -> productList.chain(p -> rates.map(t -> new Catalog(priceBooks(b, e), p, t)))));
  }

  /** The account's segments: its category and every category above it. */
  public Uni<List<String>> segments(SqlConnection c, UUID accountId) {
    return Sql.exec(
            c,
            "with recursive up(id, parent_id) as ("
                + " select ac.id, ac.parent_id from account_category ac"
                + " join account a on a.category_id = ac.id where a.id = $1"
                + " union all select p.id, p.parent_id from account_category p"
                + " join up on p.id = up.parent_id) select id from up",
            accountId)
        .map(rows -> Sql.list(rows).stream().map(r -> r.getUUID("id").toString()).toList());
  }

  /** The user's discount envelope, else the tenant default, else no discount at all. */
  public Uni<DiscountEnvelope> envelope(SqlConnection c, UUID userId) {
    return Sql.exec(
            c,
            "select * from discount_envelope where user_id = $1 or user_id is null"
                + " order by user_id nulls last limit 1",
            userId)
        .map(
            rows ->
                Sql.first(rows)
                    .map(
                        r ->
                            new DiscountEnvelope(
                                r.getBigDecimal("max_line_discount_percent"),
                                r.getBigDecimal("max_quote_discount_percent"),
                                r.getBigDecimal("max_total_discount_percent"),
                                r.getBoolean("price_override_allowed")))
                    .orElse(NO_DISCOUNT));
  }

  private static List<PriceBook> priceBooks(List<Row> books, List<Row> entries) {
    Map<UUID, Map<String, BigDecimal>> prices = new HashMap<>();
    for (Row e : entries) {
      prices
          .computeIfAbsent(e.getUUID("price_book_id"), k -> new HashMap<>())
          .put(e.getUUID("product_id").toString(), e.getBigDecimal("unit_price"));
    }
    return books.stream()
        .map(
            b -> {
              PriceBookKind kind = PriceBookKind.fromWire(b.getString("kind"));
              UUID owner =
                  switch (kind) {
                    case CUSTOMER -> b.getUUID("owner_account_id");
                    case SEGMENT -> b.getUUID("owner_category_id");
                    case STANDARD -> null;
                  };
              return new PriceBook(
                  b.getUUID("id").toString(),
                  kind,
                  owner == null ? null : owner.toString(),
                  b.getString("currency"),
                  b.getLocalDate("valid_from"),
                  b.getLocalDate("valid_to"),
                  prices.getOrDefault(b.getUUID("id"), Map.of()));
            })
        .toList();
  }

  private static Product product(Row r) {
    return new Product(
        r.getUUID("id").toString(),
        r.getString("sku"),
        r.getString("unit"),
        r.getBoolean("active"),
        r.getString("tax_category"));
  }

  private static TaxRate taxRate(Row r) {
    return new TaxRate(
        r.getString("category"),
        r.getBigDecimal("rate_percent"),
        r.getLocalDate("valid_from"),
        r.getLocalDate("valid_to"));
  }
}
