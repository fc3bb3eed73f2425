package io.fieldline.backend.sales;

import static io.fieldline.backend.support.GqlResult.data;
import static io.fieldline.backend.support.GqlResult.error;
import static io.fieldline.backend.support.GqlResult.money;
import static io.fieldline.backend.support.SalesFixtures.HEAT_110;
import static io.fieldline.backend.support.SalesFixtures.input;
import static io.fieldline.backend.support.SalesFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.GqlResult;
import io.fieldline.backend.support.SalesFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalog an admin maintains drives the server's pricing: a customer price book applies only
 * within its validity; reps cannot change the catalog; overlapping tax periods and unknown products
 * are refused without writing anything.
 */
@QuarkusTest
class SalesCatalogTest {
  private static final String ACCOUNT = SalesFixtures.account(4);

  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private DemoUsers users;
  private String admin;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(tokens);
    admin = users.acme("admin");
    GqlResult.exactDecimals();
  }

  @Test
  void customerPriceBookAppliesOnlyWithinItsValidity() {
    String expired =
        customerBook(LocalDate.now().minusYears(2), LocalDate.now().minusYears(1), "1.00");
    var before =
        Gql.post(
            users.acme("rep1"),
            "sales/createQuote",
            input(SalesFixtures.quote(ACCOUNT, line(HEAT_110, "1", "0"))));
    assertThat((String) data(before, "createQuote.lines[0].priceBookId")).isNotEqualTo(expired);
    assertThat(money(before, "createQuote.lines[0].unitPrice")).isNotEqualByComparingTo("1.00");

    String current = customerBook(LocalDate.now().minusDays(1), null, "99.99");
    var after =
        Gql.post(
            users.acme("rep1"),
            "sales/createQuote",
            input(SalesFixtures.quote(ACCOUNT, line(HEAT_110, "2", "0"))));
    assertThat((String) data(after, "createQuote.lines[0].priceBookId")).isEqualTo(current);
    assertThat(money(after, "createQuote.lines[0].unitPrice")).isEqualByComparingTo("99.99");
    assertThat(money(after, "createQuote.totals.net")).isEqualByComparingTo("199.98");
    assertThat(money(after, "createQuote.totals.tax")).isEqualByComparingTo("40.00");
  }

  @Test
  void repsCannotChangeTheCatalog() {
    error(
        Gql.post(
            users.acme("rep1"),
            "sales/createPriceBook",
            input(
                Map.of(
                    "name",
                    "Mine",
                    "kind",
                    "STANDARD",
                    "currency",
                    "GBP",
                    "validFrom",
                    "2024-01-01"))),
        "FORBIDDEN",
        null);
    error(
        Gql.post(
            users.acme("manager"),
            "sales/createTaxRate",
            input(Map.of("category", "X", "ratePercent", "1", "validFrom", "2024-01-01"))),
        "FORBIDDEN",
        null);
  }

  @Test
  void overlappingTaxRateIsRefused() {
    long before = SalesFixtures.count(pool, "tax_rate", "true");
    error(
        Gql.post(
            admin,
            "sales/createTaxRate",
            input(Map.of("category", "STANDARD", "ratePercent", "21", "validFrom", "2030-01-01"))),
        "VALIDATION_FAILED",
        "validFrom");
    assertThat(SalesFixtures.count(pool, "tax_rate", "true")).isEqualTo(before);
  }

  @Test
  void unknownProductInAPriceBookIsRefused() {
    String book = customerBook(LocalDate.now().plusYears(5), null, "5.00");
    long before = SalesFixtures.count(pool, "price_book_entry", "true");
    error(
        Gql.post(
            admin,
            "sales/setPriceBookEntries",
            Map.of(
                "priceBookId",
                book,
                "entries",
                List.of(Map.of("productId", UUID.randomUUID().toString(), "unitPrice", "1")))),
        "VALIDATION_FAILED",
        "entries[0].productId");
    assertThat(SalesFixtures.count(pool, "price_book_entry", "true")).isEqualTo(before);
  }

  private String customerBook(LocalDate from, LocalDate to, String price) {
    Map<String, Object> book =
        new HashMap<>(
            Map.of(
                "name",
                "Customer " + from,
                "kind",
                "CUSTOMER",
                "ownerAccountId",
                ACCOUNT,
                "currency",
                "GBP",
                "validFrom",
                from.toString()));
    if (to != null) {
      book.put("validTo", to.toString());
    }
    String id = data(Gql.post(admin, "sales/createPriceBook", input(book)), "createPriceBook.id");
    var entries =
        Gql.post(
            admin,
            "sales/setPriceBookEntries",
            Map.of(
                "priceBookId",
                id,
                "entries",
                List.of(Map.of("productId", HEAT_110, "unitPrice", price))));
    assertThat((List<String>) data(entries, "setPriceBookEntries.entries.sku"))
        .containsExactly("HEAT-110");
    return id;
  }
}
