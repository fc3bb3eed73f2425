package io.fieldline.backend.sync.entity;

import io.fieldline.contract.pricing.Catalog;
import io.fieldline.contract.pricing.DiscountEnvelope;
import io.fieldline.contract.pricing.PriceBook;
import io.fieldline.contract.pricing.PriceBookKind;
import io.fieldline.contract.pricing.Product;
import io.fieldline.contract.pricing.Quote;
import io.fieldline.contract.pricing.QuoteLine;
import io.fieldline.contract.pricing.TaxRate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads, over the mutation's JDBC connection, what the shared pricing engine ({@code
 * io.fieldline.contract.pricing}) needs to re-price a quote or order pushed by a phone: the same
 * data as the sales feature's {@code PricingCatalogLoader} (which runs on the reactive pool).
 */
final class SyncPricing {

  private static final DiscountEnvelope NO_DISCOUNT =
      new DiscountEnvelope(
          java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, false);

  private SyncPricing() {}

  /** A quote of the engine for an account, with the lines in position order. */
  static Quote quote(Connection c, UUID account, Map<String, Object> header, List<QuoteLine> lines)
      throws SQLException {
    List<String> segments = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "with recursive up(id, parent_id) as (select ac.id, ac.parent_id from account_category"
                + " ac join account a on a.category_id = ac.id where a.id = ? union all"
                + " select p.id, p.parent_id from account_category p join up on p.id = up.parent_id)"
                + " select id from up")) {
      p.setObject(1, account);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          segments.add(r.getString(1));
        }
      }
    }
    return new Quote(
        account.toString(),
        segments,
        ((java.sql.Date) header.get("pricing_date")).toLocalDate(),
        (String) header.get("currency"),
        lines,
        (java.math.BigDecimal) header.get("quote_discount_percent"));
  }

  /** The catalog for pricing {@code products} for {@code account}. */
  static Catalog catalog(Connection c, UUID account, List<UUID> products) throws SQLException {
    UUID[] ids = products.toArray(new UUID[0]);
    Map<UUID, Map<String, java.math.BigDecimal>> prices = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "select e.price_book_id, e.product_id, e.unit_price from price_book_entry e"
                + " join price_book b on b.id = e.price_book_id where e.product_id = any(?)"
                + " and (b.kind <> 'CUSTOMER' or b.owner_account_id = ?)")) {
      p.setArray(1, c.createArrayOf("uuid", ids));
      p.setObject(2, account);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          prices
              .computeIfAbsent((UUID) r.getObject(1), k -> new HashMap<>())
              .put(r.getString(2), r.getBigDecimal(3));
        }
      }
    }
    List<PriceBook> books = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "select id, kind, owner_category_id, owner_account_id, currency, valid_from, valid_to"
                + " from price_book where kind <> 'CUSTOMER' or owner_account_id = ?")) {
      p.setObject(1, account);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          PriceBookKind kind = PriceBookKind.fromWire(r.getString(2));
          String owner =
              switch (kind) {
                case CUSTOMER -> r.getString(4);
                case SEGMENT -> r.getString(3);
                case STANDARD -> null;
              };
          java.sql.Date to = r.getDate(7);
          books.add(
              new PriceBook(
                  r.getString(1),
                  kind,
                  owner,
                  r.getString(5),
                  r.getDate(6).toLocalDate(),
                  to == null ? null : to.toLocalDate(),
                  prices.getOrDefault((UUID) r.getObject(1), Map.of())));
        }
      }
    }
    List<Product> productList = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "select id, sku, unit, active, tax_category from product where id = any(?)")) {
      p.setArray(1, c.createArrayOf("uuid", ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          productList.add(
              new Product(
                  r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getString(5)));
        }
      }
    }
    List<TaxRate> rates = new ArrayList<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "select category, rate_percent, valid_from, valid_to from tax_rate"
                    + " order by category, valid_from");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        java.sql.Date to = r.getDate(4);
        rates.add(
            new TaxRate(
                r.getString(1),
                r.getBigDecimal(2),
                r.getDate(3).toLocalDate(),
                to == null ? null : to.toLocalDate()));
      }
    }
    return new Catalog(books, productList, rates);
  }

  /** The user's discount envelope, else the tenant default, else no discount at all. */
  static DiscountEnvelope envelope(Connection c, UUID user) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "select max_line_discount_percent, max_quote_discount_percent,"
                + " max_total_discount_percent, price_override_allowed from discount_envelope"
                + " where user_id = ? or user_id is null order by user_id nulls last limit 1")) {
      p.setObject(1, user);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? new DiscountEnvelope(
                r.getBigDecimal(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBoolean(4))
            : NO_DISCOUNT;
      }
    }
  }

  /** The first row of {@code sql} as column name to value. */
  static Map<String, Object> row(Connection c, String sql, UUID id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, id);
      try (ResultSet r = p.executeQuery()) {
        Map<String, Object> row = new HashMap<>();
        if (r.next()) {
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
          }
        }
        return row;
      }
    }
  }
}
