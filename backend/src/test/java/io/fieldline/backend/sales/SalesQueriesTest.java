package io.fieldline.backend.sales;

import static io.fieldline.backend.support.GqlResult.data;
import static io.fieldline.backend.support.GqlResult.error;
import static io.fieldline.backend.support.GqlResult.money;
import static io.fieldline.backend.support.SalesFixtures.HEAT_110;
import static io.fieldline.backend.support.SalesFixtures.NE1_ACCOUNT;
import static io.fieldline.backend.support.SalesFixtures.input;
import static io.fieldline.backend.support.SalesFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIds;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.sales.orders.PaymentState;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.GqlResult;
import io.fieldline.backend.support.SalesFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists, price resolution, the pipeline, order approval and targets, over the demo data. */
@QuarkusTest
class SalesQueriesTest {
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
  void demoDataCoversEveryState() {
    assertThat(SalesFixtures.count(pool, "account", "true")).isGreaterThanOrEqualTo(300);
    assertThat(SalesFixtures.count(pool, "site", "latitude is not null"))
        .isGreaterThanOrEqualTo(300);
    assertThat(SalesFixtures.scalar(pool, "select count(distinct status) from quote")).isEqualTo(7);
    assertThat(SalesFixtures.scalar(pool, "select count(distinct status) from sales_order"))
        .isEqualTo(4);
    assertThat(SalesFixtures.scalar(pool, "select count(distinct stage_id) from opportunity"))
        .isEqualTo(6);
    assertThat(SalesFixtures.scalar(pool, "select count(distinct status) from lead")).isEqualTo(4);
    assertThat(SalesFixtures.scalar(pool, "select count(distinct kind) from price_book"))
        .isEqualTo(3);
    assertThat(
            SalesFixtures.scalar(
                pool,
                "select count(distinct "
                    + paymentState()
                    + ") from sales_order so where status = 'CONFIRMED'"))
        .isEqualTo(4);
    List<String> sent =
        data(
            Gql.post(
                users.acme("manager"),
                "sales/quotes",
                Map.of("filter", Map.of("status", "SENT"), "first", 100)),
            "quotes.edges.node.status");
    assertThat(sent).isNotEmpty().containsOnly("SENT");
  }

  @Test
  void accountsPageThroughByNameWithoutOverlap() {
    var first = Gql.post(rep, "sales/accounts", Map.of("sort", "NAME", "first", 30));
    List<String> names = new ArrayList<>(data(first, "accounts.edges.node.name"));
    assertThat((Boolean) data(first, "accounts.pageInfo.hasNextPage")).isTrue();
    var second =
        Gql.post(
            rep,
            "sales/accounts",
            Map.of(
                "sort", "NAME", "first", 30, "after", data(first, "accounts.pageInfo.endCursor")));
    assertThat((Boolean) data(second, "accounts.pageInfo.hasPreviousPage")).isTrue();
    List<String> ids = new ArrayList<>(data(first, "accounts.edges.node.id"));
    assertThat((List<String>) data(second, "accounts.edges.node.id"))
        .doesNotContainAnyElementsOf(ids);
    names.addAll(data(second, "accounts.edges.node.name"));
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    List<String> lifecycles =
        data(
            Gql.post(
                rep,
                "sales/accounts",
                Map.of("filter", Map.of("lifecycle", "ACTIVE"), "first", 100)),
            "accounts.edges.node.lifecycle");
    assertThat(lifecycles).isNotEmpty().containsOnly("ACTIVE");
    error(
        Gql.post(rep, "sales/accounts", Map.of("after", "not-a-cursor")),
        "VALIDATION_FAILED",
        "after");
    error(Gql.post(rep, "sales/accounts", Map.of("first", 1000)), "VALIDATION_FAILED", "first");
  }

  @Test
  void customerPriceBookOverridesSegmentAndStandard() {
    String keyAccount = SalesFixtures.account(0);
    var quote =
        Gql.post(
            rep,
            "sales/createQuote",
            input(
                SalesFixtures.quote(
                    keyAccount,
                    line(HEAT_110, "1", "0"),
                    line(SalesFixtures.product("PART-110"), "1", "0"))));
    assertThat((String) data(quote, "createQuote.lines[0].priceBookId"))
        .isEqualTo(book("CUSTOMER-KEY"));
    assertThat((String) data(quote, "createQuote.lines[1].priceBookId"))
        .isEqualTo(book("STANDARD"));
    String hotel =
        data(
            Gql.post(
                rep,
                "sales/accounts",
                Map.of(
                    "filter",
                    Map.of("categoryId", DemoIds.of("category", "acme/HOTELS").toString()),
                    "first",
                    100)),
            "accounts.edges[1].node.id");
    var segment =
        Gql.post(
            rep, "sales/createQuote", input(SalesFixtures.quote(hotel, line(HEAT_110, "1", "0"))));
    assertThat((String) data(segment, "createQuote.lines[0].priceBookId"))
        .isEqualTo(book("SEGMENT-HOSPITALITY"));
    assertThat(money(quote, "createQuote.lines[0].unitPrice"))
        .isLessThan(money(segment, "createQuote.lines[0].unitPrice"));
  }

  @Test
  void closingAnOpportunityNeedsAWinLossReason() {
    var mine =
        Gql.post(
            rep, "sales/opportunities", Map.of("filter", Map.of("outcome", "OPEN"), "first", 1));
    String id = data(mine, "opportunities.edges[0].node.id");
    int version = data(mine, "opportunities.edges[0].node.version");
    Map<String, Object> close =
        new HashMap<>(Map.of("name", "Closed deal", "stageCode", "CLOSED_WON", "amount", "1000"));
    error(
        Gql.post(
            rep,
            "sales/updateOpportunity",
            Map.of("id", id, "expectedVersion", version, "input", close)),
        "VALIDATION_FAILED",
        "winLossReason");
    close.put("winLossReason", "Best service terms");
    var won =
        Gql.post(
            rep,
            "sales/updateOpportunity",
            Map.of("id", id, "expectedVersion", version, "input", close));
    assertThat((String) data(won, "updateOpportunity.stage.outcome")).isEqualTo("WON");
    assertThat((Integer) data(won, "updateOpportunity.probability")).isEqualTo(100);
    error(
        Gql.post(
            rep,
            "sales/updateOpportunity",
            Map.of("id", id, "expectedVersion", version, "input", close)),
        "CONFLICT",
        null);
  }

  @Test
  void largeDirectOrderNeedsApprovalAndCountsTowardsTheTarget() {
    String repId = DemoUsers.id(DemoIdentity.ACME, "rep1").toString();
    BigDecimal before =
        money(
            Gql.post(rep, "sales/salesTargets", Map.of("userId", repId)), "salesTargets[0].actual");
    assertThat(
            money(
                Gql.post(rep, "sales/salesTargets", Map.of("userId", repId)),
                "salesTargets[0].plan"))
        .isEqualByComparingTo("120000");
    var order =
        Gql.post(
            rep,
            "sales/createOrder",
            input(
                Map.of(
                    "accountId",
                    NE1_ACCOUNT,
                    "currency",
                    "GBP",
                    "lines",
                    List.of(line(HEAT_110, "1000", "0")))));
    assertThat((String) data(order, "createOrder.status")).isEqualTo("PENDING_APPROVAL");
    String orderId = data(order, "createOrder.id");
    String approval = data(order, "createOrder.approval.id");
    error(
        Gql.post(
            rep,
            "sales/recordPayment",
            input(Map.of("orderId", orderId, "amount", "10", "method", "CASH"))),
        "INVALID_STATE",
        null);
    Gql.post(
        users.acme("manager-ne"),
        "sales/decideApproval",
        input(Map.of("approvalId", approval, "decision", "APPROVE")));
    var confirmed = Gql.post(rep, "sales/order", Map.of("id", orderId));
    assertThat((String) data(confirmed, "order.status")).isEqualTo("CONFIRMED");
    assertThat(SalesFixtures.events(pool, orderId))
        .containsExactly("ORDER_PENDING_APPROVAL", "ORDER_CONFIRMED");
    BigDecimal after =
        money(
            Gql.post(rep, "sales/salesTargets", Map.of("userId", repId)), "salesTargets[0].actual");
    BigDecimal net =
        new BigDecimal(
                SalesFixtures.scalar(
                    pool,
                    "select (net * 100)::bigint from sales_order where id = '" + orderId + "'"))
            .movePointLeft(2);
    assertThat(after.subtract(before)).isEqualByComparingTo(net);
  }

  @Test
  void quotesPastTheirValidityExpire() {
    String id =
        data(
            Gql.post(
                rep,
                "sales/createQuote",
                input(SalesFixtures.quote(NE1_ACCOUNT, line(HEAT_110, "1", "0")))),
            "createQuote.id");
    Gql.post(rep, "sales/submitQuote", Map.of("id", id));
    Gql.post(rep, "sales/sendQuote", Map.of("id", id));
    // the customer waits too long: the quote's validity ends yesterday
    SalesFixtures.scalar(
        pool,
        "with aged as (update quote set pricing_date = current_date - 31,"
            + " valid_until = current_date - 1 where id = '"
            + id
            + "' returning 1) select count(*) from aged");
    error(Gql.post(rep, "sales/acceptQuote", Map.of("id", id)), "INVALID_STATE", null);
    assertThat((Integer) data(Gql.post(rep, "sales/expireQuotes", Map.of()), "expireQuotes"))
        .isGreaterThanOrEqualTo(1);
    assertThat((String) data(Gql.post(rep, "sales/quote", Map.of("id", id)), "quote.status"))
        .isEqualTo("EXPIRED");
    assertThat(SalesFixtures.events(pool, id)).endsWith("QUOTE_SENT", "QUOTE_EXPIRED");
  }

  private static String book(String key) {
    return DemoIds.of("price-book", "acme/" + key).toString();
  }

  private static String paymentState() {
    return PaymentState.sql("so");
  }
}
