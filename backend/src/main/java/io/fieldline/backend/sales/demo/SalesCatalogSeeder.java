package io.fieldline.backend.sales.demo;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoIdentity.UserSpec;
import io.fieldline.backend.demo.DemoSeeder;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sales.demo.DemoCatalog.DemoProduct;
import io.fieldline.contract.pricing.TaxRate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Demo catalog and sales configuration: product lines and products, tax rates, the customer
 * classification tree, the pipeline stages, discount envelopes (reps 10/5/15 %, managers 30/15/35
 * %) and approval rules (quote above the envelope: area manager; total discount from 25 %: then the
 * regional manager; order from 50 000: area manager).
 */
@ApplicationScoped
public class SalesCatalogSeeder implements DemoSeeder {
  static final String[][] STAGES = {
    {"PROSPECTING", "Prospecting", "10", "OPEN"}, {"QUALIFICATION", "Qualification", "20", "OPEN"},
    {"PROPOSAL", "Proposal", "50", "OPEN"}, {"NEGOTIATION", "Negotiation", "75", "OPEN"},
    {"CLOSED_WON", "Closed won", "100", "WON"}, {"CLOSED_LOST", "Closed lost", "0", "LOST"}
  };

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Uni<Void> seed(SqlConnection c, TenantSpec tenant) {
    DemoCatalog cat = new DemoCatalog(tenant);
    Batch lines = new Batch("insert into product_line (id, code, name) values ($1, $2, $3)");
    for (String[] l : DemoCatalog.LINES) {
      lines.add(cat.lineId(l[0]), l[0], l[1]);
    }
    Batch products =
        new Batch(
            "insert into product (id, product_line_id, sku, name, unit,"
                + " tax_category, kind, active) values ($1, $2, $3, $4, $5, $6, $7, $8)");
    for (DemoProduct p : cat.products) {
      products.add(
          p.id(),
          cat.lineId(p.line()),
          p.sku(),
          p.name(),
          p.unit(),
          p.taxCategory(),
          p.kind(),
          p.active());
    }
    Batch rates =
        new Batch(
            "insert into tax_rate (id, category, rate_percent, valid_from, valid_to)"
                + " values ($1, $2, $3, $4, $5)");
    for (TaxRate r : cat.taxRates()) {
      rates.add(
          cat.id("tax-rate", r.category()),
          r.category(),
          r.ratePercent(),
          r.validFrom(),
          r.validTo());
    }
    Batch roots =
        new Batch(
            "insert into account_category (id, parent_id, code, name) values ($1, $2, $3, $4)");
    Batch children =
        new Batch(
            "insert into account_category (id, parent_id, code, name) values ($1, $2, $3, $4)");
    for (String[] k : DemoCatalog.CATEGORIES) {
      (k[2] == null ? roots : children)
          .add(
              cat.categories.get(k[0]), k[2] == null ? null : cat.categories.get(k[2]), k[0], k[1]);
    }
    Batch stages =
        new Batch(
            "insert into pipeline_stage (id, code, name, position,"
                + " default_probability, outcome) values ($1, $2, $3, $4, $5, $6)");
    for (int i = 0; i < STAGES.length; i++) {
      String[] s = STAGES[i];
      stages.add(cat.id("stage", s[0]), s[0], s[1], i * 10, Integer.parseInt(s[2]), s[3]);
    }
    Batch envelopes =
        new Batch(
            "insert into discount_envelope (id, user_id,"
                + " max_line_discount_percent, max_quote_discount_percent, max_total_discount_percent,"
                + " price_override_allowed) values ($1, $2, $3, $4, $5, $6)");
    envelopes.add(cat.id("envelope", "default"), null, pct(10), pct(5), pct(15), false);
    for (UserSpec u : tenant.users()) {
      if (u.roles().contains(Role.MANAGER) || u.roles().contains(Role.ADMIN)) {
        envelopes.add(
            cat.id("envelope", u.key()),
            DemoIdentity.userId(tenant, u.key()),
            pct(30),
            pct(15),
            pct(35),
            true);
      }
    }
    Batch rules =
        new Batch(
            "insert into approval_rule (id, record_type, step_no, name, trigger,"
                + " threshold, approver_role, approver_level) values ($1, $2, $3, $4, $5, $6, $7, $8)");
    rules.add(
        cat.id("rule", "quote-1"),
        "QUOTE",
        1,
        "Area manager: discount above the rep's envelope",
        "ENVELOPE_EXCEEDED",
        null,
        "MANAGER",
        "AREA");
    rules.add(
        cat.id("rule", "quote-2"),
        "QUOTE",
        2,
        "Regional manager: total discount from 25 %",
        "TOTAL_DISCOUNT_ABOVE",
        pct(25),
        "MANAGER",
        "REGION");
    rules.add(
        cat.id("rule", "order-1"),
        "ORDER",
        1,
        "Area manager: orders from 50 000",
        "AMOUNT_ABOVE",
        pct(50000),
        "MANAGER",
        "AREA");
    return Batch.writeAll(c, lines, products, rates, roots, children, stages, envelopes, rules);
  }

  private static BigDecimal pct(int value) {
    return BigDecimal.valueOf(value);
  }
}
