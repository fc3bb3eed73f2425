package io.fieldline.backend.sales.demo;

import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoSeeder;
import io.fieldline.backend.sales.demo.DemoAccounts.DemoAccount;
import io.fieldline.contract.pricing.PriceBook;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Demo accounts across the territories with contacts, sites (with coordinates) and a history of
 * activities, then the price books (the customer book belongs to the key account).
 */
@ApplicationScoped
public class SalesAccountsSeeder implements DemoSeeder {
  static final String[] PEOPLE = {"Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Morgan", "Lee"};
  static final String[] SURNAMES = {
    "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright"
  };
  static final String[] ROLES = {"Owner", "Facilities manager", "Buyer", "Finance", "Operations"};
  static final String[] TYPES = {"VISIT", "CALL", "EMAIL", "MEETING", "DEMO"};

  @Override
  public int order() {
    return 200;
  }

  @Override
  public Uni<Void> seed(SqlConnection c, TenantSpec tenant) {
    DemoCatalog cat = new DemoCatalog(tenant);
    List<DemoAccount> accounts = DemoAccounts.of(tenant, cat);
    Random random = new Random(("history:" + tenant.slug()).hashCode());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    Batch acc =
        new Batch(
            "insert into account (id, name, legal_name, tax_id, industry, category_id,"
                + " value_grade, lifecycle, owner_user_id, territory_id) values ($1, $2, $3, $4, $5, $6, $7,"
                + " $8, $9, $10)");
    Batch sites =
        new Batch(
            "insert into site (id, account_id, name, street, city, postal_code,"
                + " country, latitude, longitude) values ($1, $2, $3, $4, $5, $6, 'GB', $7, $8)");
    Batch contacts =
        new Batch(
            "insert into contact (id, account_id, first_name, last_name, role,"
                + " email, phone, is_primary) values ($1, $2, $3, $4, $5, $6, $7, $8)");
    Batch activities =
        new Batch(
            "insert into activity (id, account_id, contact_id, owner_user_id,"
                + " type, occurred_at, subject, result, next_step, due_date, follow_up_done)"
                + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)");
    for (DemoAccount a : accounts) {
      String key = String.valueOf(a.index());
      acc.add(
          a.id(),
          a.name(),
          a.name() + " Ltd",
          "GB" + (100000000 + a.index() * 7919L),
          a.category().toLowerCase(),
          cat.categories.get(a.category()),
          a.grade(),
          a.lifecycle(),
          a.ownerId(),
          a.territoryId());
      int siteCount = 1 + random.nextInt(2);
      for (int s = 0; s < siteCount; s++) {
        sites.add(
            cat.id("site", key + "/" + s),
            a.id(),
            s == 0 ? "Head office" : "Branch " + s,
            (10 + random.nextInt(190)) + " High Street",
            a.territoryCode(),
            "NE" + random.nextInt(99),
            a.lat() + s * 0.01,
            a.lon() + s * 0.01);
      }
      UUID primary = cat.id("contact", key + "/0");
      for (int p = 0; p < 2; p++) {
        String first = PEOPLE[random.nextInt(PEOPLE.length)];
        String last = SURNAMES[random.nextInt(SURNAMES.length)];
        contacts.add(
            cat.id("contact", key + "/" + p),
            a.id(),
            first,
            last,
            ROLES[random.nextInt(ROLES.length)],
            (first + "." + last + a.index()).toLowerCase() + "@example.com",
            "+44 191 " + (4000000 + random.nextInt(999999)),
            p == 0);
      }
      for (int h = 0; h < 3; h++) {
        OffsetDateTime when = now.minusDays(5 + random.nextInt(170)).minusHours(random.nextInt(8));
        boolean followUp = h == 2 && random.nextBoolean();
        String type = TYPES[random.nextInt(TYPES.length)];
        activities.add(
            cat.id("activity", key + "/" + h),
            a.id(),
            primary,
            a.ownerId(),
            type,
            when,
            type.charAt(0) + type.substring(1).toLowerCase() + " with " + a.name(),
            random.nextBoolean() ? "Interested, asked for prices" : "Discussed service needs",
            followUp ? "Send a quote" : null,
            followUp ? LocalDate.now().plusDays(random.nextInt(20) - 5) : null,
            false);
      }
    }
    Batch books =
        new Batch(
            "insert into price_book (id, name, kind, owner_category_id,"
                + " owner_account_id, currency, valid_from, valid_to) values ($1, $2, $3, $4, $5, $6, $7, $8)");
    Batch entries =
        new Batch(
            "insert into price_book_entry (id, price_book_id, product_id,"
                + " unit_price) values ($1, $2, $3, $4)");
    for (PriceBook b : cat.priceBooks(accounts.get(0).id())) {
      UUID bookId = UUID.fromString(b.id());
      books.add(
          bookId,
          DemoCatalog.bookName(b),
          b.kind().name(),
          b.kind().name().equals("SEGMENT") ? UUID.fromString(b.ownerId()) : null,
          b.kind().name().equals("CUSTOMER") ? UUID.fromString(b.ownerId()) : null,
          b.currency(),
          b.validFrom(),
          b.validTo());
      b.unitPrices()
          .forEach(
              (product, price) ->
                  entries.add(
                      cat.id("entry", b.id() + "/" + product),
                      bookId,
                      UUID.fromString(product),
                      price));
    }
    return Batch.writeAll(c, acc, sites, contacts, activities, books, entries);
  }
}
