package io.fieldline.backend.service;

import static io.fieldline.backend.support.ServiceFlow.error;
import static io.fieldline.backend.support.ServiceFlow.evidence;
import static io.fieldline.backend.support.ServiceFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.ServiceFlow;
import io.fieldline.backend.support.TenantSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rest of the lifecycle and its notifications: SLA at risk (once), reschedule and reassignment,
 * incomplete visits, follow-up work orders and quote requests, case resolution.
 */
@QuarkusTest
class ServiceLifecycleTest {
  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private ServiceFlow flow;
  private TenantSql db;

  @BeforeEach
  void setUp() {
    flow = new ServiceFlow(tokens);
    db = new TenantSql(pool, DemoIdentity.ACME.id());
  }

  @Test
  void planningPastTheSlaRaisesOneSlaAtRiskEventAndReplanningTellsTheTechnicians() {
    Map<String, Object> input = ServiceFlow.workOrderInput("Due within the hour");
    input.put(
        "slaDueAt", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(90).withNano(0).toString());
    String wo =
        ok(Gql.post(flow.desk(), "service/createWorkOrder", Map.of("input", input)))
            .getString("data.createWorkOrder.id");
    String visit = flow.schedule(wo, "tech1");
    UUID woId = UUID.fromString(wo);
    assertThat(
            db.count(
                "domain_event",
                "aggregate_id = $1 and event_type = 'WORK_ORDER_SLA_AT_RISK'",
                woId))
        .isEqualTo(1);

    // the monitor does not raise it again, but flags what else is due soon
    JsonPath run = ok(Gql.post(flow.desk(), "service/flagSlaRisks", Map.of("withinHours", 48)));
    assertThat(run.getList("data.flagSlaRisks.workOrderIds", String.class)).doesNotContain(wo);
    JsonPath rerun = ok(Gql.post(flow.desk(), "service/flagSlaRisks", Map.of("withinHours", 48)));
    assertThat(rerun.getInt("data.flagSlaRisks.count")).isZero();
    assertThat(
            db.count(
                "domain_event",
                "aggregate_id = $1 and event_type = 'WORK_ORDER_SLA_AT_RISK'",
                woId))
        .isEqualTo(1);
    error(Gql.post(flow.token("tech1"), "service/flagSlaRisks"), "FORBIDDEN");

    // rescheduled and reassigned: both technicians are told
    ok(
        Gql.post(
            flow.desk(),
            "service/rescheduleVisit",
            Map.of("id", visit, "schedule", ServiceFlow.schedule(4))));
    JsonPath moved =
        ok(
            Gql.post(
                flow.desk(),
                "service/reassignVisit",
                Map.of("id", visit, "assigneeId", ServiceFlow.userId("tech5"))));
    assertThat(moved.getString("data.reassignVisit.assignee.displayName"))
        .isEqualTo("Ted Technician");
    UUID visitId = UUID.fromString(visit);
    assertThat(
            db.count(
                "domain_event", "aggregate_id = $1 and event_type = 'VISIT_RESCHEDULED'", visitId))
        .isEqualTo(1);
    assertThat(
            db.count(
                "domain_event",
                "aggregate_id = $1 and event_type = 'VISIT_ASSIGNED'"
                    + " and payload ->> 'previousAssigneeId' = $2",
                visitId,
                ServiceFlow.userId("tech1")))
        .isEqualTo(1);
    // tech1 no longer sees it; tech5 does
    error(Gql.post(flow.token("tech1"), "service/visit", Map.of("id", visit)), "NOT_FOUND");
    flow.visit(flow.token("tech5"), visit);
  }

  @Test
  void anIncompleteVisitReopensItsWorkOrderForAnotherVisit() {
    String visit = flow.visitAt("tech1", "TRAVELING");
    String tech = flow.token("tech1");
    error(
        Gql.post(tech, "service/markVisitIncomplete", Map.of("id", visit, "reason", " ")),
        "VALIDATION_FAILED");
    JsonPath done =
        ok(
            Gql.post(
                tech,
                "service/markVisitIncomplete",
                Map.of("id", visit, "reason", "Road closed", "evidence", evidence(10))));
    assertThat(done.getString("data.markVisitIncomplete.statusReason")).isEqualTo("Road closed");
    String wo = flow.visit(tech, visit).getString("data.visit.workOrderId");
    assertThat(
            ok(Gql.post(flow.desk(), "service/workOrder", Map.of("id", wo)))
                .getString("data.workOrder.status"))
        .isEqualTo("OPEN");
    assertThat(
            db.count(
                "domain_event",
                "aggregate_id = $1 and event_type = 'VISIT_INCOMPLETE'",
                UUID.fromString(visit)))
        .isEqualTo(1);
    // a new visit can be planned for it
    flow.schedule(wo, "tech1");
  }

  @Test
  void followUpsBecomeWorkOrdersOrQuoteRequestsWhenTheVisitCompletes() {
    String tech = flow.token("tech1");
    String repair = flow.visitAt("tech1", "ON_SITE");
    ok(
        Gql.post(
            tech,
            "service/requestFollowUp",
            Map.of(
                "visitId",
                repair,
                "kind",
                "WORK_ORDER",
                "note",
                "Replace heat exchanger",
                "workOrderType",
                "REPAIR")));
    flow.answerAll(tech, repair);
    ok(Gql.post(tech, "service/completeVisit", Map.of("id", repair, "evidence", evidence(40))));
    String followUp = flow.visit(tech, repair).getString("data.visit.report.followUpWorkOrderId");
    assertThat(followUp).isNotNull();
    JsonPath wo = ok(Gql.post(flow.desk(), "service/workOrder", Map.of("id", followUp)));
    assertThat(wo.getString("data.workOrder.origin")).isEqualTo("FOLLOW_UP");
    assertThat(wo.getString("data.workOrder.status")).isEqualTo("OPEN");

    String sales = flow.visitAt("tech1", "ON_SITE");
    ok(
        Gql.post(
            tech,
            "service/requestFollowUp",
            Map.of(
                "visitId",
                sales,
                "kind",
                "QUOTE_REQUEST",
                "note",
                "Customer wants a heat pump quote")));
    flow.answerAll(tech, sales);
    ok(Gql.post(tech, "service/completeVisit", Map.of("id", sales, "evidence", evidence(40))));
    assertThat(
            db.count(
                "service_quote_request",
                "origin_visit_id = $1 and status = 'OPEN'",
                UUID.fromString(sales)))
        .isEqualTo(1);
  }

  @Test
  void aCaseIsResolvedWithAResolutionAndClosed() {
    Map<String, Object> input =
        Map.of(
            "accountId",
            ServiceFlow.account0(),
            "channel",
            "EMAIL",
            "category",
            "BILLING",
            "severity",
            "LOW",
            "subject",
            "Invoice question");
    String id =
        ok(Gql.post(flow.desk(), "service/openCase", Map.of("input", input)))
            .getString("data.openCase.id");
    error(
        Gql.post(flow.desk(), "service/setCaseStatus", Map.of("id", id, "status", "RESOLVED")),
        "VALIDATION_FAILED");
    error(
        Gql.post(flow.desk(), "service/setCaseStatus", Map.of("id", id, "status", "CLOSED")),
        "ILLEGAL_TRANSITION");
    ok(
        Gql.post(
            flow.desk(),
            "service/setCaseStatus",
            Map.of("id", id, "status", "RESOLVED", "resolution", "Explained")));
    JsonPath closed =
        ok(Gql.post(flow.desk(), "service/setCaseStatus", Map.of("id", id, "status", "CLOSED")));
    assertThat(closed.getString("data.setCaseStatus.resolution")).isEqualTo("Explained");
    assertThat(closed.getString("data.setCaseStatus.resolvedAt")).isNotNull();
    List<String> resolved =
        ok(Gql.post(
                flow.desk(),
                "service/serviceCases",
                Map.of("filter", Map.of("statuses", List.of("CLOSED")), "first", 100)))
            .getList("data.serviceCases.items.id");
    assertThat(resolved).contains(id);
  }
}
