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
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each illegal step starts from a valid visit, breaks one rule, gets its stable code, and writes
 * nothing: the visit, its history, evidence, report, stock and outbox stay as they were.
 */
@QuarkusTest
class ServiceRulesTest {
  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private ServiceFlow flow;
  private TenantSql db;
  private String tech;

  @BeforeEach
  void setUp() {
    flow = new ServiceFlow(tokens);
    db = new TenantSql(pool, DemoIdentity.ACME.id());
    tech = flow.token("tech1");
  }

  @Test
  void aCompletedVisitCannotStartTravellingAgain() {
    String visit = flow.visitAt("tech1", "COMPLETED");
    List<Long> before = footprint(visit);

    String message =
        error(Gql.post(tech, "service/startTravel", Map.of("id", visit)), "ILLEGAL_TRANSITION");

    assertThat(message).contains("COMPLETED").contains("TRAVELING");
    assertThat(footprint(visit)).isEqualTo(before);
    assertThat(flow.visit(tech, visit).getString("data.visit.status")).isEqualTo("COMPLETED");
  }

  @Test
  void completingWithoutTheRequiredChecklistAnswersIsRefused() {
    String visit = flow.visitAt("tech1", "ON_SITE");
    List<Map<String, Object>> items = flow.checklistItems(tech, visit);
    Map<String, Object> skipped =
        items.stream()
            .filter(i -> Boolean.TRUE.equals(i.get("required")))
            .findFirst()
            .orElseThrow();
    List<Map<String, Object>> answers = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if (item != skipped) {
        answers.add(Map.of("itemCode", item.get("code"), "value", ServiceFlow.validAnswer(item)));
      }
    }
    ok(Gql.post(tech, "service/answerChecklist", Map.of("visitId", visit, "answers", answers)));
    List<Long> before = footprint(visit);

    String message =
        error(
            Gql.post(tech, "service/completeVisit", Map.of("id", visit, "evidence", evidence(30))),
            "CHECKLIST_INCOMPLETE");

    assertThat(message).contains((String) skipped.get("code"));
    assertThat(footprint(visit)).isEqualTo(before);
    var v = flow.visit(tech, visit);
    assertThat(v.getString("data.visit.status")).isEqualTo("ON_SITE");
    assertThat(v.getString("data.visit.workOrder.status")).isEqualTo("IN_PROGRESS");
    assertThat(v.getList("data.visit.evidence.kind", String.class)).containsExactly("CHECK_IN");

    // the same step passes once the item is answered
    ok(
        Gql.post(
            tech,
            "service/answerChecklist",
            Map.of(
                "visitId",
                visit,
                "answers",
                List.of(
                    Map.of(
                        "itemCode",
                        skipped.get("code"),
                        "value",
                        ServiceFlow.validAnswer(skipped))))));
    ok(Gql.post(tech, "service/completeVisit", Map.of("id", visit, "evidence", evidence(31))));
  }

  @Test
  void usingMorePartsThanTheVanHoldsIsRefused() {
    String visit = flow.visitAt("tech1", "ON_SITE");
    Map<String, Object> level = ok(Gql.post(tech, "service/vanStock")).getMap("data.vanStock[0]");
    @SuppressWarnings("unchecked")
    String part = (String) ((Map<String, Object>) level.get("product")).get("id");
    BigDecimal held = new BigDecimal(String.valueOf(level.get("quantity")));
    long movements = db.count("stock_movement", "product_id = $1", UUID.fromString(part));
    List<Long> before = footprint(visit);

    String message =
        error(
            Gql.post(
                tech,
                "service/usePart",
                Map.of("visitId", visit, "productId", part, "quantity", held.add(BigDecimal.ONE))),
            "INSUFFICIENT_STOCK");

    assertThat(message).contains(held.stripTrailingZeros().toPlainString());
    assertThat(db.count("stock_movement", "product_id = $1", UUID.fromString(part)))
        .isEqualTo(movements);
    assertThat(footprint(visit)).isEqualTo(before);
    Map<String, Object> now = ok(Gql.post(tech, "service/vanStock")).getMap("data.vanStock[0]");
    assertThat(new BigDecimal(String.valueOf(now.get("quantity")))).isEqualByComparingTo(held);
  }

  @Test
  void aReportIsSignedOnceAndThenFrozen() {
    String visit = flow.visitAt("tech1", "ON_SITE");
    ok(Gql.post(tech, "service/updateReportNotes", Map.of("visitId", visit, "notes", "All good")));
    ok(
        Gql.post(
            tech, "service/signReport", Map.of("visitId", visit, "input", signature("Jo Dodds"))));
    List<Long> before = footprint(visit);

    error(
        Gql.post(
            tech, "service/signReport", Map.of("visitId", visit, "input", signature("Sam Bell"))),
        "ALREADY_SIGNED");
    error(
        Gql.post(tech, "service/updateReportNotes", Map.of("visitId", visit, "notes", "Changed")),
        "ALREADY_SIGNED");
    error(
        Gql.post(tech, "service/startTimeEntry", Map.of("visitId", visit, "kind", "WORK")),
        "ALREADY_SIGNED");

    assertThat(footprint(visit)).isEqualTo(before);
    var report = flow.visit(tech, visit);
    assertThat(report.getString("data.visit.report.notes")).isEqualTo("All good");
    assertThat(report.getString("data.visit.report.signature.signerName")).isEqualTo("Jo Dodds");
  }

  @Test
  void schedulingChecksSkillsAndAbsencesAndWritesNothingWhenRefused() {
    Map<String, Object> input = ServiceFlow.workOrderInput("Needs a refrigeration expert");
    input.put("requiredSkills", List.of(Map.of("skillCode", "REFRIGERATION", "minLevel", 5)));
    String wo =
        ok(Gql.post(flow.desk(), "service/createWorkOrder", Map.of("input", input)))
            .getString("data.createWorkOrder.id");
    Map<String, Object> visit =
        Map.of(
            "kind",
            "SERVICE",
            "workOrderId",
            wo,
            "assigneeId",
            ServiceFlow.userId("tech1"),
            "schedule",
            ServiceFlow.schedule(3));

    String message =
        error(
            Gql.post(flow.desk(), "service/scheduleVisit", Map.of("input", visit)),
            "VALIDATION_FAILED");

    assertThat(message).contains("REFRIGERATION");
    assertThat(db.count("visit", "work_order_id = $1", UUID.fromString(wo))).isZero();
    assertThat(
            ok(Gql.post(flow.desk(), "service/workOrder", Map.of("id", wo)))
                .getString("data.workOrder.status"))
        .isEqualTo("OPEN");
  }

  @Test
  void cancellingAVisitReopensItsWorkOrderAndTellsTheTechnician() {
    String visit = flow.visitAt("tech1", "DISPATCHED");
    var cancelled =
        ok(
            Gql.post(
                flow.desk(),
                "service/cancelVisit",
                Map.of("id", visit, "reason", "Customer rang to cancel")));
    assertThat(cancelled.getString("data.cancelVisit.status")).isEqualTo("CANCELLED");
    assertThat(cancelled.getString("data.cancelVisit.workOrder.status")).isEqualTo("OPEN");
    assertThat(
            db.count(
                "domain_event",
                "aggregate_id = $1 and event_type = 'VISIT_CANCELLED'",
                UUID.fromString(visit)))
        .isEqualTo(1);
    // technicians cannot cancel, and a cancelled visit stays cancelled
    error(Gql.post(tech, "service/startTravel", Map.of("id", visit)), "ILLEGAL_TRANSITION");
  }

  /** Everything a refused step must leave alone, as counts and the visit's version. */
  private List<Long> footprint(String visit) {
    UUID id = UUID.fromString(visit);
    return List.of(
        db.number("select version from visit where id = $1", id),
        db.count("visit_transition", "visit_id = $1", id),
        db.count("visit_evidence", "visit_id = $1", id),
        db.count("stock_movement", "visit_id = $1", id),
        db.count(
            "report_signature s join visit_report r on r.id = s.report_id", "r.visit_id = $1", id),
        db.number("select coalesce(max(version), 0) from visit_report where visit_id = $1", id),
        db.count(
            "checklist_answer a join visit_report r on r.id = a.report_id", "r.visit_id = $1", id),
        db.count("time_entry t join visit_report r on r.id = t.report_id", "r.visit_id = $1", id),
        db.count("domain_event", "aggregate_id = $1", id),
        db.number(
            "select w.version from work_order w join visit v on v.work_order_id = w.id where v.id = $1",
            id));
  }

  private static Map<String, Object> signature(String signer) {
    return Map.of(
        "signerName",
        signer,
        "imageRef",
        "signatures/" + signer + ".png",
        "imageSha256",
        "d".repeat(64));
  }
}
