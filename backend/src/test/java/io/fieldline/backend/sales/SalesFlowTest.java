package io.fieldline.backend.sales;

import static io.fieldline.backend.support.GqlResult.data;
import static io.fieldline.backend.support.GqlResult.error;
import static io.fieldline.backend.support.GqlResult.money;
import static io.fieldline.backend.support.SalesFixtures.HEAT_110;
import static io.fieldline.backend.support.SalesFixtures.input;
import static io.fieldline.backend.support.SalesFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.GqlResult;
import io.fieldline.backend.support.SalesFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole sales path over HTTP: lead -> account, contact, opportunity -> a quote within the
 * envelope (approved at once), one above it (pending, approved by the area manager), one rejected
 * by the regional manager -> sent, accepted -> order -> two partial payments -> paid.
 */
@QuarkusTest
class SalesFlowTest {
  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private DemoUsers users;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(tokens);
    GqlResult.exactDecimals();
  }

  @Test
  void leadToPaidOrder() {
    String rep = users.acme("rep1");
    // lead -> account + primary contact + opportunity
    String leadId =
        data(
            Gql.post(
                rep,
                "sales/createLead",
                input(
                    Map.of(
                        "companyName",
                        "Gateshead Grill",
                        "firstName",
                        "Gina",
                        "lastName",
                        "Grill",
                        "email",
                        "gina@grill.example",
                        "source",
                        "REFERRAL",
                        "territoryId",
                        SalesFixtures.territory("NE-1")))),
            "createLead.id");
    var converted =
        Gql.post(
            rep,
            "sales/convertLead",
            Map.of(
                "id",
                leadId,
                "input",
                Map.of(
                    "opportunityName",
                    "Kitchen heat pumps",
                    "amount",
                    "15000",
                    "currency",
                    "GBP")));
    assertThat((String) data(converted, "convertLead.lead.status")).isEqualTo("CONVERTED");
    String accountId = data(converted, "convertLead.account.id");
    String contactId = data(converted, "convertLead.contact.id");
    String opportunityId = data(converted, "convertLead.opportunity.id");
    assertThat((String) data(converted, "convertLead.opportunity.stage.code"))
        .isEqualTo("PROSPECTING");
    assertThat((Boolean) data(converted, "convertLead.contact.primary")).isTrue();

    // within the envelope: approved at once on submit
    Map<String, Object> withinEnvelope = quoteFor(accountId, contactId, opportunityId, "5");
    String q1 = data(Gql.post(rep, "sales/createQuote", input(withinEnvelope)), "createQuote.id");
    var submitted = Gql.post(rep, "sales/submitQuote", Map.of("id", q1));
    assertThat((String) data(submitted, "submitQuote.status")).isEqualTo("APPROVED");
    assertThat((Boolean) data(submitted, "submitQuote.approval.autoApproved")).isTrue();
    assertThat(SalesFixtures.events(pool, q1)).containsExactly("QUOTE_CREATED", "QUOTE_APPROVED");

    // above the envelope: pending, approved by the area manager with a comment
    var created =
        Gql.post(
            rep, "sales/createQuote", input(quoteFor(accountId, contactId, opportunityId, "20")));
    String q2 = data(created, "createQuote.id");
    assertThat((String) data(created, "createQuote.verdict")).isEqualTo("NEEDS_APPROVAL");
    assertThat((String) data(created, "createQuote.envelopeExceeded[0].limit"))
        .isEqualTo("LINE_DISCOUNT");
    var pending = Gql.post(rep, "sales/submitQuote", Map.of("id", q2));
    assertThat((String) data(pending, "submitQuote.status")).isEqualTo("PENDING_APPROVAL");
    String approval2 = data(pending, "submitQuote.approval.id");
    assertThat((List<?>) data(pending, "submitQuote.approval.steps")).hasSize(1);
    List<String> inbox =
        data(
            Gql.post(users.acme("manager-ne"), "sales/pendingApprovals", Map.of("first", 100)),
            "pendingApprovals.edges.node.id");
    assertThat(inbox).contains(approval2);
    var decided =
        Gql.post(
            users.acme("manager-ne"),
            "sales/decideApproval",
            input(
                Map.of(
                    "approvalId",
                    approval2,
                    "decision",
                    "APPROVE",
                    "comment",
                    "Fine for a new customer")));
    assertThat((String) data(decided, "decideApproval.status")).isEqualTo("APPROVED");
    var approved = Gql.post(rep, "sales/quote", Map.of("id", q2));
    assertThat((String) data(approved, "quote.status")).isEqualTo("APPROVED");
    assertThat((String) data(approved, "quote.approval.steps[0].comment"))
        .isEqualTo("Fine for a new customer");
    assertThat((String) data(approved, "quote.approval.steps[0].decidedBy"))
        .isEqualTo(DemoUsers.id(DemoIdentity.ACME, "manager-ne").toString());

    // far above: the area manager approves step 1, the regional manager rejects step 2
    String q3 =
        data(
            Gql.post(
                rep,
                "sales/createQuote",
                input(quoteFor(accountId, contactId, opportunityId, "30"))),
            "createQuote.id");
    String approval3 =
        data(Gql.post(rep, "sales/submitQuote", Map.of("id", q3)), "submitQuote.approval.id");
    var step1 =
        Gql.post(
            users.acme("manager-ne"),
            "sales/decideApproval",
            input(Map.of("approvalId", approval3, "decision", "APPROVE", "comment", "Area OK")));
    assertThat((Integer) data(step1, "decideApproval.currentStep")).isEqualTo(2);
    error(
        Gql.post(
            users.acme("manager-ne"),
            "sales/decideApproval",
            input(Map.of("approvalId", approval3, "decision", "APPROVE"))),
        "FORBIDDEN",
        null);
    Gql.post(
        users.acme("manager"),
        "sales/decideApproval",
        input(
            Map.of("approvalId", approval3, "decision", "REJECT", "comment", "30 % is too deep")));
    var rejected = Gql.post(rep, "sales/quote", Map.of("id", q3));
    assertThat((String) data(rejected, "quote.status")).isEqualTo("REJECTED");
    assertThat((String) data(rejected, "quote.decisionReason")).isEqualTo("30 % is too deep");
    assertThat((List<String>) data(rejected, "quote.approval.steps.status"))
        .containsExactly("APPROVED", "REJECTED");
    assertThat((List<String>) data(rejected, "quote.approval.steps.comment"))
        .containsExactly("Area OK", "30 % is too deep");

    // sent, accepted, ordered
    assertThat(
            (String) data(Gql.post(rep, "sales/sendQuote", Map.of("id", q2)), "sendQuote.status"))
        .isEqualTo("SENT");
    assertThat(
            (String)
                data(Gql.post(rep, "sales/acceptQuote", Map.of("id", q2)), "acceptQuote.status"))
        .isEqualTo("ACCEPTED");
    var order =
        Gql.post(
            rep,
            "sales/createOrderFromQuote",
            input(
                Map.of(
                    "quoteId",
                    q2,
                    "signatoryName",
                    "Gina Grill",
                    "paymentTermsDays",
                    14,
                    "attachments",
                    List.of(Map.of("name", "Signed order", "uri", "s3://orders/grill.pdf")))));
    String orderId = data(order, "createOrderFromQuote.id");
    assertThat((String) data(order, "createOrderFromQuote.status")).isEqualTo("CONFIRMED");
    assertThat((String) data(order, "createOrderFromQuote.paymentState")).isEqualTo("UNPAID");
    BigDecimal grand = money(order, "createOrderFromQuote.grandTotal");
    assertThat(grand).isEqualByComparingTo(money(approved, "quote.totals.grandTotal"));
    assertThat(money(order, "createOrderFromQuote.balance")).isEqualByComparingTo(grand);

    // two partial payments -> paid
    BigDecimal first = grand.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
    var partial =
        Gql.post(
            rep,
            "sales/recordPayment",
            input(
                Map.of(
                    "orderId",
                    orderId,
                    "amount",
                    first.toPlainString(),
                    "method",
                    "CARD",
                    "reference",
                    "Deposit")));
    assertThat((String) data(partial, "recordPayment.paymentState")).isEqualTo("PARTIALLY_PAID");
    assertThat(money(partial, "recordPayment.balance")).isEqualByComparingTo(grand.subtract(first));
    var paid =
        Gql.post(
            rep,
            "sales/recordPayment",
            input(
                Map.of(
                    "orderId",
                    orderId,
                    "amount",
                    grand.subtract(first).toPlainString(),
                    "method",
                    "BANK_TRANSFER")));
    assertThat((String) data(paid, "recordPayment.paymentState")).isEqualTo("PAID");
    assertThat(money(paid, "recordPayment.balance")).isZero();
    assertThat((List<?>) data(paid, "recordPayment.payments")).hasSize(2);

    assertThat(SalesFixtures.events(pool, q2))
        .containsExactly(
            "QUOTE_CREATED",
            "QUOTE_PENDING_APPROVAL",
            "QUOTE_APPROVED",
            "QUOTE_SENT",
            "QUOTE_ACCEPTED");
    assertThat(SalesFixtures.events(pool, q3))
        .containsExactly("QUOTE_CREATED", "QUOTE_PENDING_APPROVAL", "QUOTE_REJECTED");
    assertThat(SalesFixtures.events(pool, orderId))
        .containsExactly("ORDER_CONFIRMED", "ORDER_PARTIALLY_PAID", "ORDER_PAID");
    assertThat(
            SalesFixtures.count(
                pool,
                "domain_event",
                "event_type = 'PAYMENT_RECORDED' and payload->>'orderId' = '" + orderId + "'"))
        .isEqualTo(2);

    // the account's timeline shows what happened
    var account = Gql.post(rep, "sales/account", Map.of("id", accountId));
    assertThat((List<String>) data(account, "account.timeline.edges.node.kind"))
        .contains("OPPORTUNITY", "QUOTE", "ORDER", "PAYMENT");
  }

  private static Map<String, Object> quoteFor(
      String account, String contact, String opportunity, String discount) {
    Map<String, Object> quote = SalesFixtures.quote(account, line(HEAT_110, "2", discount));
    quote.put("contactId", contact);
    quote.put("opportunityId", opportunity);
    return quote;
  }
}
