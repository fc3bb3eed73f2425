package io.fieldline.backend.sales;

import static io.fieldline.backend.support.GqlResult.data;
import static io.fieldline.backend.support.GqlResult.error;
import static io.fieldline.backend.support.GqlResult.money;
import static io.fieldline.backend.support.SalesFixtures.BOIL_120;
import static io.fieldline.backend.support.SalesFixtures.HEAT_110;
import static io.fieldline.backend.support.SalesFixtures.NE1_ACCOUNT;
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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused with a stable code naming the field, and nothing is written; the server
 * re-prices every quote and flags client totals that disagree.
 */
@QuarkusTest
class SalesValidationTest {
  private static final String WRITES =
      "select (select count(*) from quote) + (select count(*) from quote_line)"
          + " + (select count(*) from payment) + (select count(*) from domain_event)";

  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private DemoUsers users;
  private String rep;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(tokens);
    rep = users.acme("rep1");
    GqlResult.exactDecimals();
  }

  @Test
  void validQuoteBaselineIsAccepted() {
    var created = Gql.post(rep, "sales/createQuote", input(baseline()));
    assertThat((String) data(created, "createQuote.status")).isEqualTo("DRAFT");
    assertThat((String) data(created, "createQuote.number")).matches("Q-\\d{6}");
    assertThat((List<?>) data(created, "createQuote.lines")).hasSize(2);
  }

  @Test
  void negativeQuantityIsRefused() {
    Map<String, Object> quote = baseline();
    lines(quote).set(0, line(HEAT_110, "-1", "0"));
    refused(quote, "VALIDATION_FAILED", "lines[0].quantity");
  }

  @Test
  void unknownProductIsRefused() {
    Map<String, Object> quote = baseline();
    lines(quote).set(1, line(UUID.randomUUID().toString(), "1", "0"));
    String message = refused(quote, "VALIDATION_FAILED", "lines[1].productId");
    assertThat(message).startsWith("UNKNOWN_PRODUCT");
  }

  @Test
  void discountOverHundredPercentIsRefused() {
    Map<String, Object> quote = baseline();
    lines(quote).set(0, line(HEAT_110, "1", "100.5"));
    refused(quote, "VALIDATION_FAILED", "lines[0].discountPercent");
  }

  @Test
  void editingAnApprovedQuoteIsRefused() {
    String id = data(Gql.post(rep, "sales/createQuote", input(baseline())), "createQuote.id");
    assertThat(
            (String)
                data(Gql.post(rep, "sales/submitQuote", Map.of("id", id)), "submitQuote.status"))
        .isEqualTo("APPROVED");
    long before = writes();
    Map<String, Object> changed = baseline();
    lines(changed).set(0, line(HEAT_110, "50", "0"));
    error(
        Gql.post(rep, "sales/updateQuote", Map.of("id", id, "input", changed)),
        "INVALID_STATE",
        null);
    assertThat(writes()).isEqualTo(before);
    var after = Gql.post(rep, "sales/quote", Map.of("id", id));
    assertThat((String) data(after, "quote.lines[0].quantity").toString()).isEqualTo("2");
    // an approved quote is revised instead: a new draft revision with the same number
    var revised = Gql.post(rep, "sales/reviseQuote", Map.of("id", id));
    assertThat((Integer) data(revised, "reviseQuote.revision")).isEqualTo(2);
    assertThat((String) data(revised, "reviseQuote.number")).isEqualTo(data(after, "quote.number"));
    assertThat((Boolean) data(Gql.post(rep, "sales/quote", Map.of("id", id)), "quote.superseded"))
        .isTrue();
  }

  @Test
  void payingMoreThanTheBalanceIsRefused() {
    String orderId = confirmedOrder();
    BigDecimal balance =
        money(Gql.post(rep, "sales/order", Map.of("id", orderId)), "order.balance");
    long before = writes();
    Map<String, Object> payment =
        new HashMap<>(
            Map.of(
                "orderId",
                orderId,
                "amount",
                balance.add(new BigDecimal("0.01")).toPlainString(),
                "method",
                "CASH"));
    error(Gql.post(rep, "sales/recordPayment", input(payment)), "VALIDATION_FAILED", "amount");
    payment.put("amount", "0");
    error(Gql.post(rep, "sales/recordPayment", input(payment)), "VALIDATION_FAILED", "amount");
    assertThat(writes()).isEqualTo(before);
    var order = Gql.post(rep, "sales/order", Map.of("id", orderId));
    assertThat(money(order, "order.paidTotal")).isZero();
    assertThat((String) data(order, "order.paymentState")).isEqualTo("UNPAID");
  }

  @Test
  void clientTotalsThatDisagreeAreCorrectedAndFlagged() {
    var honest = Gql.post(rep, "sales/createQuote", input(baseline()));
    Map<String, Object> serverTotals = data(honest, "createQuote.totals");
    assertThat((Boolean) data(honest, "createQuote.totalsCorrected")).isFalse();

    Map<String, Object> matching = baseline();
    matching.put("clientTotals", serverTotals);
    assertThat(
            (Boolean)
                data(
                    Gql.post(rep, "sales/createQuote", input(matching)),
                    "createQuote.totalsCorrected"))
        .isFalse();

    Map<String, Object> lying = baseline();
    Map<String, Object> client = new HashMap<>(serverTotals);
    BigDecimal realGrand = new BigDecimal(serverTotals.get("grandTotal").toString());
    client.put("grandTotal", realGrand.subtract(BigDecimal.TEN).toPlainString());
    client.put("tax", "0.00");
    lying.put("clientTotals", client);
    var flagged = Gql.post(rep, "sales/createQuote", input(lying));
    assertThat((Boolean) data(flagged, "createQuote.totalsCorrected")).isTrue();
    assertThat((List<String>) data(flagged, "createQuote.totalsMismatch.figure"))
        .containsExactly("TAX", "GRAND_TOTAL");
    assertThat(money(flagged, "createQuote.totalsMismatch[1].server"))
        .isEqualByComparingTo(realGrand);
    assertThat(money(flagged, "createQuote.totals.grandTotal")).isEqualByComparingTo(realGrand);
    String id = data(flagged, "createQuote.id");
    assertThat(SalesFixtures.count(pool, "quote", "id = '" + id + "' and totals_corrected"))
        .isEqualTo(1);
    List<String> corrected =
        data(
            Gql.post(
                rep,
                "sales/quotes",
                Map.of("filter", Map.of("totalsCorrected", true), "first", 100)),
            "quotes.edges.node.id");
    assertThat(corrected).contains(id);
  }

  @Test
  void convertingALeadTwiceIsRefused() {
    String lead =
        data(
            Gql.post(
                rep,
                "sales/createLead",
                input(
                    Map.of(
                        "companyName",
                        "Twice Ltd",
                        "firstName",
                        "Tom",
                        "lastName",
                        "Twice",
                        "source",
                        "WEB",
                        "territoryId",
                        SalesFixtures.territory("NE-1")))),
            "createLead.id");
    Map<String, Object> conversion =
        Map.of("opportunityName", "Deal", "amount", "100", "currency", "GBP");
    data(
        Gql.post(rep, "sales/convertLead", Map.of("id", lead, "input", conversion)),
        "convertLead.lead.id");
    long accounts = SalesFixtures.count(pool, "account", "true");
    error(
        Gql.post(rep, "sales/convertLead", Map.of("id", lead, "input", conversion)),
        "INVALID_STATE",
        null);
    error(
        Gql.post(rep, "sales/qualifyLead", Map.of("id", lead, "qualified", false)),
        "INVALID_STATE",
        null);
    assertThat(SalesFixtures.count(pool, "account", "true")).isEqualTo(accounts);
  }

  private String refused(Map<String, Object> quote, String code, String field) {
    long before = writes();
    String message = error(Gql.post(rep, "sales/createQuote", input(quote)), code, field);
    assertThat(writes()).isEqualTo(before);
    return message;
  }

  private String confirmedOrder() {
    String id = data(Gql.post(rep, "sales/createQuote", input(baseline())), "createQuote.id");
    Gql.post(rep, "sales/submitQuote", Map.of("id", id));
    Gql.post(rep, "sales/sendQuote", Map.of("id", id));
    Gql.post(rep, "sales/acceptQuote", Map.of("id", id));
    return data(
        Gql.post(rep, "sales/createOrderFromQuote", input(Map.of("quoteId", id))),
        "createOrderFromQuote.id");
  }

  private long writes() {
    return SalesFixtures.scalar(pool, WRITES);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> lines(Map<String, Object> quote) {
    return (List<Object>) quote.get("lines");
  }

  private static Map<String, Object> baseline() {
    return SalesFixtures.quote(NE1_ACCOUNT, line(HEAT_110, "2", "5"), line(BOIL_120, "1", "0"));
  }
}
