package io.fieldline.backend.sales.demo;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoIdentity.TerritorySpec;
import io.fieldline.backend.demo.DemoIdentity.UserSpec;
import io.fieldline.backend.demo.DemoSeeder;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.TerritoryKind;
import io.fieldline.backend.sales.demo.DemoAccounts.DemoAccount;
import io.fieldline.backend.sales.demo.DemoQuotes.Written;
import io.fieldline.contract.pricing.Catalog;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Demo deals: leads in every status, opportunities in every stage, quotes in every state (priced by
 * the shared engine) with their approvals, orders in every state with payments, and sales targets
 * for the current quarter per rep and per territory.
 */
@ApplicationScoped
public class SalesDealsSeeder implements DemoSeeder {
  static final String[] LEAD_STATUSES = {"NEW", "QUALIFIED", "DISQUALIFIED", "CONVERTED"};
  static final String[] SOURCES = {"WEB", "REFERRAL", "EVENT", "COLD_CALL", "PARTNER", "OTHER"};

  @Override
  public int order() {
    return 250;
  }

  @Override
  public Uni<Void> seed(SqlConnection c, TenantSpec tenant) {
    DemoCatalog cat = new DemoCatalog(tenant);
    List<DemoAccount> accounts = DemoAccounts.of(tenant, cat);
    Catalog catalog =
        new Catalog(cat.priceBooks(accounts.get(0).id()), cat.engineProducts(), cat.taxRates());
    Random random = new Random(("deals:" + tenant.slug()).hashCode());
    UUID approver = approver(tenant);
    Batch opps =
        new Batch(
            "insert into opportunity (id, account_id, name, stage_id, amount, currency,"
                + " probability, expected_close, competitors, win_loss_reason, primary_contact_id,"
                + " owner_user_id, territory_id) values ($1, $2, $3, $4, $5, 'GBP', $6, $7, $8, $9, $10, $11, $12)");
    Batch leads =
        new Batch(
            "insert into lead (id, company_name, first_name, last_name, email, source,"
                + " status, qualification_notes, territory_id, owner_user_id, converted_account_id,"
                + " converted_contact_id, converted_opportunity_id) values ($1, $2, $3, $4, $5, $6, $7, $8,"
                + " $9, $10, $11, $12, $13)");
    DemoQuotes quotes = new DemoQuotes(cat, catalog, random, approver);
    DemoOrders orders = new DemoOrders(cat, catalog, approver);
    String[][] stages = SalesCatalogSeeder.STAGES;
    int quoteCount = 0;
    for (int i = 0; i < accounts.size(); i += 2) {
      DemoAccount a = accounts.get(i);
      int k = i / 2;
      String[] stage = stages[k % stages.length];
      UUID oppId = cat.id("opportunity", String.valueOf(k));
      boolean closed = !stage[3].equals("OPEN");
      opps.add(
          oppId,
          a.id(),
          a.name() + " - " + (k % 2 == 0 ? "heat pump upgrade" : "service plan"),
          cat.id("stage", stage[0]),
          BigDecimal.valueOf(2000 + random.nextInt(40000)),
          Integer.parseInt(stage[2]),
          LocalDate.now().plusDays(random.nextInt(120) - 30),
          k % 3 == 0 ? "Coolair, HeatCo" : null,
          closed ? (stage[3].equals("WON") ? "Best service terms" : "Lost on price") : null,
          cat.id("contact", a.index() + "/0"),
          a.ownerId(),
          a.territoryId());
      if (k % 2 == 0) {
        List<String> segments = segments(cat, a.category());
        quotes.add(quoteCount++, a, oppId, segments);
      }
      if (k < 24) {
        String status = LEAD_STATUSES[k % LEAD_STATUSES.length];
        boolean converted = status.equals("CONVERTED");
        leads.add(
            cat.id("lead", String.valueOf(k)),
            converted ? a.name() : "Prospect " + (k + 1) + " Ltd",
            "Lee",
            "Prospect" + k,
            "lead" + k + "@example.com",
            SOURCES[k % SOURCES.length],
            status,
            status.equals("DISQUALIFIED") ? "No budget this year" : null,
            a.territoryId(),
            a.ownerId(),
            converted ? a.id() : null,
            converted ? cat.id("contact", a.index() + "/0") : null,
            converted ? oppId : null);
      }
    }
    int accepted = 0;
    for (Written q : quotes.written) {
      if (q.status().equals("ACCEPTED")) {
        orders.fromQuote(q, accepted++);
      }
    }
    orders.direct(accounts.get(0), "PENDING_APPROVAL");
    orders.direct(accounts.get(accounts.size() - 1), "REJECTED");
    Batch targets = targets(tenant, cat);
    Batch sequences =
        new Batch("insert into number_sequence (name, last_value) values ($1, $2)")
            .add("QUOTE", (long) quoteCount)
            .add("ORDER", (long) orders.count);
    return Batch.writeAll(
        c,
        opps,
        leads,
        quotes.quotes,
        quotes.lines,
        quotes.requests,
        quotes.steps,
        orders.orders,
        orders.lines,
        orders.payments,
        orders.requests,
        orders.steps,
        targets,
        sequences);
  }

  private static List<String> segments(DemoCatalog cat, String category) {
    List<String> segments = new ArrayList<>();
    for (String[] c : DemoCatalog.CATEGORIES) {
      if (c[0].equals(category)) {
        segments.add(cat.categories.get(c[0]).toString());
        if (c[2] != null) {
          segments.add(cat.categories.get(c[2]).toString());
        }
      }
    }
    return segments;
  }

  private static Batch targets(TenantSpec tenant, DemoCatalog cat) {
    LocalDate today = LocalDate.now();
    LocalDate start = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
    LocalDate end = start.plusMonths(3).minusDays(1);
    Batch targets =
        new Batch(
            "insert into sales_target (id, user_id, territory_id, period_start,"
                + " period_end, amount, currency) values ($1, $2, $3, $4, $5, $6, 'GBP')");
    for (UserSpec u : tenant.users()) {
      if (u.roles().contains(Role.SALES_REP)) {
        targets.add(
            cat.id("target", u.key()),
            DemoIdentity.userId(tenant, u.key()),
            null,
            start,
            end,
            BigDecimal.valueOf(120000));
      }
    }
    for (TerritorySpec t : tenant.territories()) {
      targets.add(
          cat.id("target", t.code()),
          null,
          DemoIdentity.territoryId(tenant, t.code()),
          start,
          end,
          BigDecimal.valueOf(
              t.kind() == TerritoryKind.REGION
                  ? 900000
                  : t.kind() == TerritoryKind.AREA ? 400000 : 150000));
    }
    return targets;
  }

  private static UUID approver(TenantSpec tenant) {
    for (UserSpec u : tenant.users()) {
      if (u.roles().contains(Role.MANAGER) && u.key().equals("manager")) {
        return DemoIdentity.userId(tenant, u.key());
      }
    }
    return DemoIdentity.userId(tenant, "admin");
  }
}
