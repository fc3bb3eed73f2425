package io.fieldline.backend.sales;

import static io.fieldline.backend.support.GqlResult.data;
import static io.fieldline.backend.support.GqlResult.error;
import static io.fieldline.backend.support.SalesFixtures.HEAT_110;
import static io.fieldline.backend.support.SalesFixtures.NE1_ACCOUNT;
import static io.fieldline.backend.support.SalesFixtures.NW1_ACCOUNT;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Role rules: a rep sees their territory's accounts and their own deals, a manager approves only in
 * their territories, a technician never approves; what a rule hides answers NOT_FOUND.
 */
@QuarkusTest
class SalesAccessTest {
  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private DemoUsers users;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(tokens);
    GqlResult.exactDecimals();
  }

  @Test
  void repCannotReadOrChangeAnotherTerritorysAccount() {
    String rep1 = users.acme("rep1");
    error(Gql.post(rep1, "sales/account", Map.of("id", NW1_ACCOUNT)), "NOT_FOUND", null);
    Map<String, Object> change =
        new HashMap<>(Map.of("name", "Hijacked", "territoryId", SalesFixtures.territory("NW-1")));
    error(
        Gql.post(
            rep1,
            "sales/updateAccount",
            Map.of("id", NW1_ACCOUNT, "expectedVersion", 1, "input", change)),
        "NOT_FOUND",
        null);
    assertThat(SalesFixtures.count(pool, "account", "name = 'Hijacked'")).isZero();
    // while its own rep reads it, and rep1 reads accounts of NE-1
    assertThat(
            (String)
                data(
                    Gql.post(users.acme("rep2"), "sales/account", Map.of("id", NW1_ACCOUNT)),
                    "account.id"))
        .isEqualTo(NW1_ACCOUNT);
    assertThat(
            (String)
                data(
                    Gql.post(rep1, "sales/account", Map.of("id", NE1_ACCOUNT)),
                    "account.territoryId"))
        .isEqualTo(SalesFixtures.territory("NE-1"));
    // and its list holds only NE-1 accounts
    List<String> territories =
        data(
            Gql.post(rep1, "sales/accounts", Map.of("first", 100)),
            "accounts.edges.node.territoryId");
    assertThat(territories).isNotEmpty().containsOnly(SalesFixtures.territory("NE-1"));
  }

  @Test
  void repCannotReadOrChangeAnotherRepsDeal() {
    String quoteId =
        data(
            Gql.post(
                users.acme("rep2"),
                "sales/createQuote",
                input(SalesFixtures.quote(NW1_ACCOUNT, line(HEAT_110, "1", "0")))),
            "createQuote.id");
    String rep1 = users.acme("rep1");
    error(Gql.post(rep1, "sales/quote", Map.of("id", quoteId)), "NOT_FOUND", null);
    error(Gql.post(rep1, "sales/submitQuote", Map.of("id", quoteId)), "NOT_FOUND", null);
    error(
        Gql.post(
            rep1,
            "sales/updateQuote",
            Map.of(
                "id",
                quoteId,
                "input",
                SalesFixtures.quote(NW1_ACCOUNT, line(HEAT_110, "9", "0")))),
        "NOT_FOUND",
        null);
    List<String> visible =
        data(Gql.post(rep1, "sales/quotes", Map.of("first", 100)), "quotes.edges.node.id");
    assertThat(visible).doesNotContain(quoteId);
    var untouched = Gql.post(users.acme("rep2"), "sales/quote", Map.of("id", quoteId));
    assertThat((String) data(untouched, "quote.status")).isEqualTo("DRAFT");
    assertThat((Integer) data(untouched, "quote.version")).isEqualTo(1);
    // a manager of the territory sees it; a rep of the same tenant's other territory did not
    assertThat(
            (String)
                data(
                    Gql.post(users.acme("manager"), "sales/quote", Map.of("id", quoteId)),
                    "quote.id"))
        .isEqualTo(quoteId);
    error(Gql.post(users.globex("admin"), "sales/quote", Map.of("id", quoteId)), "NOT_FOUND", null);
  }

  @Test
  void managerApprovesOnlyInTheirTerritoriesAndTechnicianNever() {
    String quoteId =
        data(
            Gql.post(
                users.acme("rep2"),
                "sales/createQuote",
                input(SalesFixtures.quote(NW1_ACCOUNT, line(HEAT_110, "1", "20")))),
            "createQuote.id");
    String approvalId =
        data(
            Gql.post(users.acme("rep2"), "sales/submitQuote", Map.of("id", quoteId)),
            "submitQuote.approval.id");
    Map<String, Object> approve =
        input(Map.of("approvalId", approvalId, "decision", "APPROVE", "comment", "ok"));
    // NORTH-EAST's manager does not cover NW-1
    error(Gql.post(users.acme("manager-ne"), "sales/decideApproval", approve), "NOT_FOUND", null);
    // technicians and reps cannot approve at all
    error(Gql.post(users.acme("tech1"), "sales/decideApproval", approve), "FORBIDDEN", null);
    error(Gql.post(users.acme("rep1"), "sales/decideApproval", approve), "FORBIDDEN", null);
    error(Gql.post(users.acme("tech1"), "sales/pendingApprovals", Map.of()), "FORBIDDEN", null);
    assertThat(
            SalesFixtures.count(
                pool,
                "approval_step",
                "request_id = '" + approvalId + "' and status = 'PENDING' and decided_by is null"))
        .isEqualTo(1);
    List<String> neInbox =
        data(
            Gql.post(users.acme("manager-ne"), "sales/pendingApprovals", Map.of("first", 100)),
            "pendingApprovals.edges.node.id");
    assertThat(neInbox).doesNotContain(approvalId);
    // the NORTH regional manager covers it
    assertThat(
            (String)
                data(
                    Gql.post(users.acme("manager"), "sales/decideApproval", approve),
                    "decideApproval.status"))
        .isEqualTo("APPROVED");
    // a decided approval cannot be decided again
    error(Gql.post(users.acme("manager"), "sales/decideApproval", approve), "INVALID_STATE", null);
  }

  @Test
  void technicianCannotWorkWithDeals() {
    error(
        Gql.post(
            users.acme("tech1"),
            "sales/createQuote",
            input(SalesFixtures.quote(NE1_ACCOUNT, line(HEAT_110, "1", "0")))),
        "FORBIDDEN",
        null);
    error(Gql.post(users.acme("tech1"), "sales/quotes", Map.of()), "FORBIDDEN", null);
  }
}
