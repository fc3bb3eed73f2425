package io.fieldline.backend.dispatch;

import static io.fieldline.backend.dispatch.DispatchFlowTest.weekday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.service.demo.ServiceDemoIds;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.TenantSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What must never happen: a stale plan applied, a half-published plan after a worker died, an
 * urgent visit that reshuffles the published day.
 */
@QuarkusTest
class DispatchSafetyTest {
  static final UUID ACME = DemoIdentity.ACME.id();
  static final String NE1 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-1").toString();
  static final String NE2 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-2").toString();

  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private String dispatcher() {
    return new DemoUsers(tokens).acme("dispatcher");
  }

  private List<Row> sql(String sql, Tuple args) {
    return new TenantSql(pool, ACME).rows(sql, args);
  }

  private JsonPath awaitStatus(String jobId, String status) throws InterruptedException {
    long until = System.currentTimeMillis() + 90_000;
    while (true) {
      JsonPath job =
          Gql.post(dispatcher(), "dispatch/job", Map.of("id", jobId)).extract().jsonPath();
      String now = job.getString("data.dispatchJob.status");
      if (status.equals(now) || System.currentTimeMillis() > until) {
        assertThat(now).isEqualTo(status);
        return job;
      }
      Thread.sleep(300);
    }
  }

  private long changedSince(OffsetDateTime since) {
    return sql(
            "select count(*) as n from visit where updated_at >= $1 or created_at >= $1",
            Tuple.of(since))
        .get(0)
        .getLong("n");
  }

  @Test
  void aStalePlanIsRefusedWholeAndASelectionWithoutTheStaleChangePublishes() throws Exception {
    String day = weekday(2).toString();
    String jobId =
        Gql.post(
                dispatcher(),
                "dispatch/optimise",
                Map.of("territoryId", NE2, "from", day, "to", day, "timeLimitSeconds", 2))
            .body("errors", nullValue())
            .extract()
            .path("data.optimiseTerritory.id");
    JsonPath job = awaitStatus(jobId, "PROPOSED");
    List<Map<String, Object>> changes = job.getList("data.dispatchJob.proposal.changes");
    assertThat(changes.size()).isGreaterThanOrEqualTo(2);
    Map<String, Object> staleOne = changes.get(0);
    if ("ASSIGN".equals(staleOne.get("kind"))) {
      sql(
          "update work_order set version = version + 1 where id = $1",
          Tuple.of(UUID.fromString((String) staleOne.get("workOrderId"))));
    } else {
      sql(
          "update visit set version = version + 1 where id = $1",
          Tuple.of(UUID.fromString((String) staleOne.get("visitId"))));
    }
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);
    Gql.post(dispatcher(), "dispatch/publish", Map.of("jobId", jobId))
        .body("errors[0].extensions.code", equalTo("PLAN_STALE"));
    assertThat(changedSince(before)).as("nothing of the stale plan was applied").isZero();
    awaitStatus(jobId, "PROPOSED");

    List<String> rest = changes.stream().skip(1).map(ch -> (String) ch.get("id")).toList();
    Gql.post(dispatcher(), "dispatch/publish", Map.of("jobId", jobId, "changeIds", rest))
        .body("errors", nullValue())
        .body("data.publishPlan.changes", equalTo(rest.size()));
    awaitStatus(jobId, "PUBLISHED");
  }

  @Test
  void aJobWhoseWorkerDiedIsRunAgainAndNothingIsHalfPublished() throws Exception {
    LocalDate day = weekday(3);
    UUID jobId = UUID.randomUUID();
    UUID requester = DemoIdentity.userId(DemoIdentity.ACME, "dispatcher");
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);
    sql(
        "insert into dispatch_job (id, territory_id, horizon_start, horizon_end, status, requested_by,"
            + " time_limit_seconds, attempts, lease_owner, lease_expires_at, started_at)"
            + " values ($1, $2, $3, $3, 'RUNNING', $4, 2, 1, 'instance-killed-by-restart',"
            + " now() + interval '1 second', now())",
        Tuple.of(jobId, UUID.fromString(NE2), day, requester));
    JsonPath job = awaitStatus(jobId.toString(), "PROPOSED");
    assertThat(job.getInt("data.dispatchJob.attempts")).isEqualTo(2);
    assertThat(changedSince(before)).as("a proposal changes nothing until published").isZero();
  }

  @Test
  void anUrgentVisitAtTenMovesAsFewPublishedVisitsAsTheRulesAllow() throws Exception {
    LocalDate day = weekday(4);
    UUID order = UUID.randomUUID();
    sql(
        "insert into work_order (id, account_id, site_id, type, priority, title, sla_due_at,"
            + " estimated_minutes, origin) values ($1, $2, $3, 'REPAIR', 'URGENT', 'Boiler leaking',"
            + " $4, 45, 'PHONE')",
        Tuple.of(
            order,
            ServiceDemoIds.account(DemoIdentity.ACME, 0),
            ServiceDemoIds.site(DemoIdentity.ACME, 0, 0),
            day.atTime(14, 0).atOffset(ZoneOffset.UTC)));
    Map<String, Object> input =
        Map.of(
            "territoryId", NE1,
            "day", day.toString(),
            "kind", "URGENT_VISIT",
            "workOrderId", order.toString(),
            "at", day.atTime(10, 0).atOffset(ZoneOffset.UTC).toString());
    JsonPath replan =
        Gql.post(dispatcher(), "dispatch/realtime", Map.of("input", input))
            .body("errors", nullValue())
            .extract()
            .jsonPath();
    assertThat(replan.getString("data.replanRealtime.status")).isEqualTo("PROPOSED");
    List<Map<String, Object>> changes = replan.getList("data.replanRealtime.proposal.changes");
    assertThat(changes)
        .anySatisfy(
            ch -> {
              assertThat(ch.get("kind")).isEqualTo("ASSIGN");
              assertThat(ch.get("workOrderId")).isEqualTo(order.toString());
              assertThat(OffsetDateTime.parse((String) ch.get("newStart")).getHour())
                  .isGreaterThanOrEqualTo(10);
            });
    long moved = changes.stream().filter(ch -> "MOVE".equals(ch.get("kind"))).count();
    assertThat(moved).as("published visits moved for one urgent visit").isLessThanOrEqualTo(1);
    assertThat(replan.getInt("data.replanRealtime.proposal.movedPublished")).isLessThanOrEqualTo(1);
    Gql.post(
            dispatcher(),
            "dispatch/publish",
            Map.of("jobId", replan.getString("data.replanRealtime.id")))
        .body("errors", nullValue());
    assertThat(
            sql(
                    "select count(*) as n from visit where work_order_id = $1 and status = 'SCHEDULED'",
                    Tuple.of(order))
                .get(0)
                .getLong("n"))
        .isEqualTo(1);
  }
}
