package io.fieldline.backend.sales;

import static io.fieldline.backend.support.GqlResult.data;
import static io.fieldline.backend.support.SalesFixtures.HEAT_110;
import static io.fieldline.backend.support.SalesFixtures.NE1_ACCOUNT;
import static io.fieldline.backend.support.SalesFixtures.input;
import static io.fieldline.backend.support.SalesFixtures.line;
import static io.fieldline.backend.support.notify.NotifyFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.dispatch.NotificationDispatcher;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.SalesFixtures;
import io.fieldline.backend.support.TenantSql;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.notify.FcmInbox;
import io.fieldline.backend.support.notify.NotifyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sales notifications over HTTP, through the outbox and the notification dispatcher to the exact
 * FCM v1 requests: the approvers of each pending step are asked, the quote's owner hears the
 * decision (notice and sync).
 */
@QuarkusTest
class SalesNoticesTest {
  static final UUID ACME = DemoIdentity.ACME.id();

  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject DevTokenVerifier tokens;
  @Inject FakeGoogle google;
  @Inject NotificationDispatcher dispatcher;
  @Inject ObjectMapper json;

  private DemoUsers users;
  private FcmInbox inbox;
  private String repPhone;
  private String areaPhone;
  private String regionPhone;

  @BeforeEach
  void phones() {
    users = new DemoUsers(tokens);
    inbox = new FcmInbox(google, json);
    NotifyFixtures fx = new NotifyFixtures(pool, events, tokens);
    // events earlier tests left unplanned (quotes of rep1 decided without a dispatcher run) are
    // planned now, to the devices of then: the phones below only get this test's notices
    dispatch();
    repPhone = "fcm-rep-" + UUID.randomUUID();
    areaPhone = "fcm-area-" + UUID.randomUUID();
    regionPhone = "fcm-region-" + UUID.randomUUID();
    fx.device(DemoUsers.id(DemoIdentity.ACME, "rep1"), repPhone);
    fx.device(DemoUsers.id(DemoIdentity.ACME, "manager-ne"), areaPhone);
    fx.device(DemoUsers.id(DemoIdentity.ACME, "manager"), regionPhone);
  }

  @Test
  void eachPendingStepAsksItsApproversAndTheApprovalTellsTheRep() {
    String rep = users.acme("rep1");
    String quote = createQuote(rep, "30");
    String approval =
        data(Gql.post(rep, "sales/submitQuote", Map.of("id", quote)), "submitQuote.approval.id");
    Row facts = quoteFacts(quote);
    String asked =
        facts.getString("rep")
            + " asks you to approve quote "
            + facts.getString("number")
            + " for "
            + facts.getString("account");

    // step 1 (AREA level): the area manager and the regional manager above are asked
    dispatch();
    JsonObject step1 = lastEvent(approval);
    assertThat(step1.getJsonObject("payload").getJsonArray("notifyUserIds").getList())
        .contains(id("manager-ne"), id("manager"))
        .doesNotContain(id("rep1"));
    await(
        "step 1 notices", () -> notices(areaPhone).size() == 1 && notices(regionPhone).size() == 1);
    assertThat(notices(areaPhone).get(0))
        .isEqualTo(notice(areaPhone, step1, "approval", approval, "Approval needed", asked));
    assertThat(google.fcmRequestsTo(repPhone)).as("the requester is not asked").isEmpty();

    // step 2 (REGION level): only the regional manager is asked
    decide("manager-ne", approval, "APPROVE", "Area OK");
    dispatch();
    await("step 2 notice", () -> notices(regionPhone).size() == 2);
    assertThat(notices(areaPhone)).hasSize(1);

    // approved: the rep gets the notice and a sync message
    decide("manager", approval, "APPROVE", null);
    dispatch();
    await("approval told", () -> google.fcmRequestsTo(repPhone).size() == 2);
    JsonObject approved = lastEvent(quote);
    JsonObject p = approved.getJsonObject("payload");
    assertThat(approved.getString("type")).isEqualTo("QUOTE_APPROVED");
    assertThat(p.getString("accountName")).isEqualTo(facts.getString("account"));
    assertThat(p.getJsonArray("syncUserIds").getList()).containsExactly(id("rep1"));
    String text =
        facts.getString("account") + ", " + p.getString("grandTotal") + " GBP: ready to send";
    assertThat(notices(repPhone).get(0))
        .isEqualTo(
            notice(
                repPhone,
                approved,
                "quote",
                quote,
                "Quote " + facts.getString("number") + " approved",
                text));
    assertThat(inbox.messages(repPhone, "sync").get(0).at("/message/data/reason").asText())
        .isEqualTo("QUOTE_APPROVED");
  }

  @Test
  void aRejectionTellsTheRepWhy() {
    String rep = users.acme("rep1");
    String quote = createQuote(rep, "20");
    String approval =
        data(Gql.post(rep, "sales/submitQuote", Map.of("id", quote)), "submitQuote.approval.id");
    decide("manager-ne", approval, "REJECT", "Too deep for this customer");
    dispatch();
    await("rejection told", () -> notices(repPhone).size() == 1);
    Row facts = quoteFacts(quote);
    JsonObject rejected = lastEvent(quote);
    assertThat(rejected.getString("type")).isEqualTo("QUOTE_REJECTED");
    assertThat(notices(repPhone).get(0))
        .isEqualTo(
            notice(
                repPhone,
                rejected,
                "quote",
                quote,
                "Quote " + facts.getString("number") + " rejected",
                facts.getString("account") + ": Too deep for this customer"));
  }

  private String createQuote(String rep, String discount) {
    Map<String, Object> q = SalesFixtures.quote(NE1_ACCOUNT, line(HEAT_110, "2", discount));
    return data(Gql.post(rep, "sales/createQuote", input(q)), "createQuote.id");
  }

  private void decide(String approver, String approval, String decision, String comment) {
    Map<String, Object> in = new java.util.HashMap<>();
    in.put("approvalId", approval);
    in.put("decision", decision);
    in.put("comment", comment);
    Gql.post(users.acme(approver), "sales/decideApproval", input(in))
        .body("errors", org.hamcrest.Matchers.nullValue());
  }

  private void dispatch() {
    dispatcher.runOnce().await().atMost(Duration.ofSeconds(60));
  }

  private static String id(String key) {
    return DemoUsers.id(DemoIdentity.ACME, key).toString();
  }

  private Row quoteFacts(String quote) {
    return rows(
            "select q.number, a.name as account, u.display_name as rep from quote q"
                + " join account a on a.id = q.account_id join app_user u on u.id = q.owner_user_id"
                + " where q.id = $1",
            Tuple.of(UUID.fromString(quote)))
        .get(0);
  }

  private JsonObject lastEvent(String aggregate) {
    Row r =
        rows(
                "select id, event_type, payload from domain_event where aggregate_id = $1"
                    + " order by seq desc limit 1",
                Tuple.of(UUID.fromString(aggregate)))
            .get(0);
    return new JsonObject()
        .put("id", r.getUUID("id").toString())
        .put("type", r.getString("event_type"))
        .put("payload", r.getJsonObject("payload"));
  }

  private List<Row> rows(String sql, Tuple args) {
    return new TenantSql(pool, ACME).rows(sql, args);
  }

  private List<JsonNode> notices(String token) {
    return inbox.messages(token, "notice");
  }

  private JsonNode notice(
      String token,
      JsonObject event,
      String aggregateType,
      String aggregateId,
      String title,
      String text) {
    return inbox.notice(
        token,
        event.getString("id"),
        event.getString("type"),
        aggregateType,
        aggregateId,
        title,
        text);
  }
}
