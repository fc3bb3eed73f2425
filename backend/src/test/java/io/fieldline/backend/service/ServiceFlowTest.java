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
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole field-service story over HTTP: a case becomes a work order, a visit is scheduled and
 * dispatched, the technician travels, checks in, reports (checklist, time, two parts from the van,
 * photos, signature), completes; the customer's survey arrives; the asset's history shows it all.
 */
@QuarkusTest
class ServiceFlowTest {
  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  @Test
  void caseToCompletedVisitToSurveyShowsInTheAssetHistory() {
    ServiceFlow flow = new ServiceFlow(tokens);
    String desk = flow.desk();
    String tech = flow.token("tech1");
    TenantSql db = new TenantSql(pool, DemoIdentity.ACME.id());

    // the desk records a complaint and spawns a work order from it
    Map<String, Object> caseInput = new HashMap<>();
    caseInput.put("accountId", ServiceFlow.account0());
    caseInput.put("siteId", ServiceFlow.site0());
    caseInput.put("channel", "PHONE");
    caseInput.put("category", "NO_HEAT");
    caseInput.put("severity", "HIGH");
    caseInput.put("subject", "Heating does not start");
    String caseId =
        ok(Gql.post(desk, "service/openCase", Map.of("input", caseInput)))
            .getString("data.openCase.id");
    Map<String, Object> woInput = ServiceFlow.workOrderInput("Boiler fails to ignite");
    woInput.remove("accountId");
    JsonPath wo =
        ok(
            Gql.post(
                desk,
                "service/createWorkOrderFromCase",
                Map.of("caseId", caseId, "input", woInput)));
    String workOrderId = wo.getString("data.createWorkOrderFromCase.id");
    assertThat(wo.getString("data.createWorkOrderFromCase.origin")).isEqualTo("CASE");
    assertThat(wo.getString("data.createWorkOrderFromCase.caseId")).isEqualTo(caseId);
    assertThat(wo.getInt("data.createWorkOrderFromCase.checklistTemplate.version")).isEqualTo(2);
    assertThat(
            ok(Gql.post(desk, "service/serviceCase", Map.of("id", caseId)))
                .getString("data.serviceCase.status"))
        .isEqualTo("IN_PROGRESS");

    // scheduled and dispatched to tech1
    String visit = flow.schedule(workOrderId, "tech1");
    ok(Gql.post(desk, "service/dispatchVisit", Map.of("id", visit)));

    // on the way, then on site with check-in evidence; time is tracked throughout
    ok(Gql.post(tech, "service/startTravel", Map.of("id", visit)));
    ok(Gql.post(tech, "service/startTimeEntry", Map.of("visitId", visit, "kind", "TRAVEL")));
    ok(Gql.post(tech, "service/checkIn", Map.of("id", visit, "evidence", evidence(20))));
    ok(Gql.post(tech, "service/startTimeEntry", Map.of("visitId", visit, "kind", "WORK")));

    // two parts from the van: stock goes down by movements
    Map<String, BigDecimal> before = vanStock(tech);
    List<String> parts =
        before.entrySet().stream()
            .filter(e -> e.getValue().compareTo(BigDecimal.valueOf(2)) >= 0)
            .map(Map.Entry::getKey)
            .sorted()
            .limit(2)
            .toList();
    assertThat(parts).hasSize(2);
    ok(
        Gql.post(
            tech,
            "service/usePart",
            Map.of("visitId", visit, "productId", parts.get(0), "quantity", 1)));
    ok(
        Gql.post(
            tech,
            "service/usePart",
            Map.of("visitId", visit, "productId", parts.get(1), "quantity", 2)));
    Map<String, BigDecimal> after = vanStock(tech);
    assertThat(after.get(parts.get(0)))
        .isEqualByComparingTo(before.get(parts.get(0)).subtract(BigDecimal.ONE));
    assertThat(after.get(parts.get(1)))
        .isEqualByComparingTo(before.get(parts.get(1)).subtract(BigDecimal.valueOf(2)));
    JsonPath moves =
        ok(Gql.post(tech, "service/stockMovements", Map.of("productId", parts.get(1), "first", 1)));
    assertThat(moves.getString("data.stockMovements.items[0].kind")).isEqualTo("USED_ON_VISIT");
    assertThat(moves.getString("data.stockMovements.items[0].visitId")).isEqualTo(visit);
    assertThat(new BigDecimal(moves.getString("data.stockMovements.items[0].quantity")))
        .isEqualByComparingTo("-2");

    // checklist, notes, photos, signature over the report's hash
    flow.answerAll(tech, visit);
    ok(
        Gql.post(
            tech,
            "service/updateReportNotes",
            Map.of("visitId", visit, "notes", "Ignition electrode replaced.")));
    for (String sha : List.of("a".repeat(64), "b".repeat(64))) {
      ok(
          Gql.post(
              tech,
              "service/addAttachment",
              Map.of(
                  "visitId",
                  visit,
                  "input",
                  Map.of(
                      "kind",
                      "PHOTO",
                      "storageRef",
                      "photos/" + sha.charAt(0) + ".jpg",
                      "sha256",
                      sha,
                      "sizeBytes",
                      345_678,
                      "mediaType",
                      "image/jpeg"))));
    }
    ok(Gql.post(tech, "service/stopTimeEntry", Map.of("visitId", visit)));
    String hash = flow.visit(tech, visit).getString("data.visit.report.contentHash");
    JsonPath signed =
        ok(
            Gql.post(
                tech,
                "service/signReport",
                Map.of(
                    "visitId",
                    visit,
                    "input",
                    Map.of(
                        "signerName",
                        "Alex Armstrong",
                        "imageRef",
                        "signatures/" + visit + ".png",
                        "imageSha256",
                        "c".repeat(64),
                        "expectedReportSha256",
                        hash))));
    assertThat(signed.getString("data.signReport.signature.reportSha256")).isEqualTo(hash);

    // completed with check-out evidence
    JsonPath done =
        ok(Gql.post(tech, "service/completeVisit", Map.of("id", visit, "evidence", evidence(75))));
    assertThat(done.getString("data.completeVisit.status")).isEqualTo("COMPLETED");

    JsonPath v = flow.visit(tech, visit);
    assertThat(v.getList("data.visit.transitions.to", String.class))
        .containsExactly("SCHEDULED", "DISPATCHED", "TRAVELING", "ON_SITE", "COMPLETED");
    List<String> times = v.getList("data.visit.transitions.at", String.class);
    assertThat(times).isSortedAccordingTo(Comparator.naturalOrder()).doesNotContainNull();
    assertThat(v.getList("data.visit.evidence.kind", String.class))
        .containsExactly("CHECK_IN", "CHECK_OUT");
    assertThat(v.getString("data.visit.workOrder.status")).isEqualTo("COMPLETED");
    assertThat(v.getList("data.visit.report.timeEntries.kind", String.class))
        .containsExactly("TRAVEL", "WORK");
    assertThat(v.getList("data.visit.report.timeEntries.stoppedAt")).doesNotContainNull();
    assertThat(v.getList("data.visit.report.partsUsed")).hasSize(2);
    assertThat(v.getList("data.visit.report.attachments")).hasSize(2);
    assertThat(v.getString("data.visit.report.signature.signerName")).isEqualTo("Alex Armstrong");
    assertThat(v.getString("data.visit.report.contentHash")).isEqualTo(hash);

    // the customer's survey, credited to the technician
    JsonPath survey =
        ok(
            Gql.post(
                desk,
                "service/submitSurvey",
                Map.of(
                    "visitId",
                    visit,
                    "input",
                    Map.of("scale", "CSAT_5", "score", 5, "comment", "Quick and tidy"))));
    assertThat(survey.getString("data.submitSurvey.technicianId"))
        .isEqualTo(ServiceFlow.userId("tech1"));

    // the asset's history shows the work order, its visit, parts and score
    List<Map<String, Object>> history =
        ok(Gql.post(desk, "service/asset", Map.of("id", ServiceFlow.asset0())))
            .getList("data.asset.serviceHistory");
    Map<String, Object> entry =
        history.stream()
            .filter(h -> workOrderId.equals(h.get("workOrderId")))
            .findFirst()
            .orElseThrow();
    assertThat(entry)
        .containsEntry("workOrderStatus", "COMPLETED")
        .containsEntry("visitId", visit)
        .containsEntry("visitStatus", "COMPLETED")
        .containsEntry("technicianId", ServiceFlow.userId("tech1"))
        .containsEntry("reportNotes", "Ignition electrode replaced.")
        .containsEntry("partsUsed", 2)
        .containsEntry("surveyScore", 5);

    // and the outbox holds the notifications, once each
    UUID visitId = UUID.fromString(visit);
    for (String event : List.of("VISIT_ASSIGNED", "VISIT_COMPLETED")) {
      assertThat(db.count("domain_event", "aggregate_id = $1 and event_type = $2", visitId, event))
          .as(event)
          .isEqualTo(1);
    }
    assertThat(
            db.count(
                "domain_event",
                "event_type = 'SURVEY_RECEIVED' and payload ->> 'visitId' = $1",
                visit))
        .isEqualTo(1);

    // a survey is taken once
    error(
        Gql.post(
            desk,
            "service/submitSurvey",
            Map.of("visitId", visit, "input", Map.of("scale", "NPS", "score", 9))),
        "DUPLICATE");
  }

  private static Map<String, BigDecimal> vanStock(String token) {
    List<Map<String, Object>> levels =
        ok(Gql.post(token, "service/vanStock")).getList("data.vanStock");
    Map<String, BigDecimal> out = new HashMap<>();
    for (Map<String, Object> level : levels) {
      @SuppressWarnings("unchecked")
      Map<String, Object> product = (Map<String, Object>) level.get("product");
      out.put((String) product.get("id"), new BigDecimal(String.valueOf(level.get("quantity"))));
    }
    return out;
  }
}
