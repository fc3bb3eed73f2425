package io.fieldline.backend.sync.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.contract.pricing.Catalog;
import io.fieldline.contract.pricing.DiscountEnvelope;
import io.fieldline.contract.pricing.PricedLine;
import io.fieldline.contract.pricing.PricingEngine;
import io.fieldline.contract.pricing.PricingResult;
import io.fieldline.contract.pricing.Quote;
import io.fieldline.contract.pricing.QuoteLine;
import io.fieldline.contract.pricing.Totals;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordState;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Re-prices a quote or an order a phone pushed with the shared pricing engine, the server's value
 * winning: after every device write of a header or line, every line's figures and the header's
 * totals are recomputed and stored (capture makes them server versions, so devices get them in the
 * next pull). Figures the device sent for the line it wrote that differ from the engine's set
 * {@code totals_corrected} and are listed in {@code totals_mismatch}. Lines whose pricing the
 * engine rejects leave the record as it is (the rules screened what they can before the write).
 */
final class Repricing {

  private static final String[] LINE_FIGURES = {
    "list_unit_price", "unit_price", "list_amount", "net_amount"
  };

  private Repricing() {}

  /** Hook of quote headers. */
  static void quote(Connection c, RecordState state, JsonNode before) throws SQLException {
    reprice(c, "quote", state.key().id(), null);
  }

  /** Hook of quote lines. */
  static void quoteLine(Connection c, RecordState state, JsonNode before) throws SQLException {
    if (state.value("quote_id") instanceof FieldValue.TextValue t) {
      reprice(c, "quote", UUID.fromString(t.value()), state);
    }
  }

  /** Hook of order lines. */
  static void orderLine(Connection c, RecordState state, JsonNode before) throws SQLException {
    if (state.value("order_id") instanceof FieldValue.TextValue t) {
      reprice(c, "sales_order", UUID.fromString(t.value()), state);
    }
  }

  private static void reprice(Connection c, String table, UUID id, RecordState written)
      throws SQLException {
    boolean quote = table.equals("quote");
    String lineTable = quote ? "quote_line" : "order_line";
    String parent = quote ? "quote_id" : "order_id";
    Map<String, Object> header =
        SyncPricing.row(
            c,
            quote
                ? "select * from quote where id = ?"
                : "select *, order_date as pricing_date, 0::numeric as quote_discount_percent"
                    + " from sales_order where id = ?",
            id);
    if (header.isEmpty()) {
      return;
    }
    List<UUID> lineIds = new ArrayList<>();
    List<QuoteLine> lines = new ArrayList<>();
    List<UUID> products = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "select id, product_id, quantity, discount_percent, "
                + (quote ? "unit_price_override" : "null::numeric")
                + " from "
                + lineTable
                + " where "
                + parent
                + " = ? order by position")) {
      p.setObject(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          lineIds.add((UUID) r.getObject(1));
          products.add((UUID) r.getObject(2));
          lines.add(
              new QuoteLine(
                  r.getString(2), r.getBigDecimal(3), r.getBigDecimal(4), r.getBigDecimal(5)));
        }
      }
    }
    UUID account = (UUID) header.get("account_id");
    Catalog catalog = SyncPricing.catalog(c, account, products);
    Quote q = SyncPricing.quote(c, account, header, lines);
    DiscountEnvelope envelope = SyncPricing.envelope(c, (UUID) header.get("owner_user_id"));
    if (!(new PricingEngine(catalog).price(q, envelope) instanceof PricingResult.Priced priced)) {
      return;
    }
    List<String> mismatch = new ArrayList<>();
    for (int i = 0; i < lineIds.size(); i++) {
      PricedLine line = priced.quote().lines().get(i);
      if (written != null && written.key().id().equals(lineIds.get(i))) {
        mismatch.addAll(differences(written, line));
      }
      writeLine(c, lineTable, quote, lineIds.get(i), line);
    }
    writeTotals(c, table, quote, id, priced, mismatch);
  }

  private static List<String> differences(RecordState sent, PricedLine line) {
    BigDecimal[] engine = {
      line.listUnitPrice(), line.unitPrice(), line.listAmount(), line.netAmount()
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < LINE_FIGURES.length; i++) {
      if (sent.value(LINE_FIGURES[i]) instanceof FieldValue.NumberValue n
          && n.value().compareTo(engine[i]) != 0) {
        out.add(
            "{\"line\":\""
                + sent.key().id()
                + "\",\"figure\":\""
                + LINE_FIGURES[i]
                + "\",\"client\":"
                + n.value().toPlainString()
                + ",\"engine\":"
                + engine[i].toPlainString()
                + "}");
      }
    }
    return out;
  }

  private static void writeLine(
      Connection c, String lineTable, boolean quote, UUID id, PricedLine l) throws SQLException {
    String sql =
        "update "
            + lineTable
            + " set list_unit_price = ?, unit_price = ?, list_amount = ?, net_amount = ?,"
            + " tax_amount = ?, total_amount = ?"
            + (quote
                ? ", price_book_id = ?::uuid, quote_discount_share = ?, taxable_amount = ?,"
                    + " tax_rate_percent = ?"
                : "")
            + " where id = ? and (list_unit_price, unit_price, list_amount, net_amount,"
            + " tax_amount, total_amount) is distinct from (?, ?, ?, ?, ?, ?)"
            + (quote
                ? " or id = ? and (price_book_id::text, quote_discount_share, taxable_amount,"
                    + " tax_rate_percent) is distinct from (?, ?, ?, ?)"
                : "");
    List<Object> params = new ArrayList<>();
    List<Object> figures =
        List.of(
            l.listUnitPrice(),
            l.unitPrice(),
            l.listAmount(),
            l.netAmount(),
            l.taxAmount(),
            l.totalAmount());
    List<Object> quoteFigures =
        List.of(l.priceBookId(), l.quoteDiscountShare(), l.taxableAmount(), l.taxRatePercent());
    params.addAll(figures);
    if (quote) {
      params.addAll(quoteFigures);
    }
    params.add(id);
    params.addAll(figures);
    if (quote) {
      params.add(id);
      params.addAll(quoteFigures);
    }
    execute(c, sql, params);
  }

  private static void writeTotals(
      Connection c,
      String table,
      boolean quote,
      UUID id,
      PricingResult.Priced priced,
      List<String> mismatch)
      throws SQLException {
    Totals t = priced.quote().totals();
    List<Object> params = new ArrayList<>();
    params.addAll(List.of(t.listTotal(), t.discountTotal(), t.net(), t.tax(), t.grandTotal()));
    String extra = "";
    if (quote) {
      extra = ", subtotal = ?, quote_discount = ?, verdict = ?";
      params.addAll(List.of(t.subtotal(), t.quoteDiscount(), priced.verdict().wire()));
    }
    String flag = "";
    if (!mismatch.isEmpty()) {
      flag = ", totals_corrected = true, totals_mismatch = totals_mismatch || ?::jsonb";
      params.add("[" + String.join(",", mismatch) + "]");
    }
    params.add(id);
    execute(
        c,
        "update "
            + table
            + " set list_total = ?, discount_total = ?, net = ?, tax = ?, grand_total = ?"
            + extra
            + flag
            + " where id = ?",
        params);
  }

  private static void execute(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      p.executeUpdate();
    }
  }
}
