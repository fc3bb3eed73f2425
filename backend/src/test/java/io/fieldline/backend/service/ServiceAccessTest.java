package io.fieldline.backend.service;

import static io.fieldline.backend.support.ServiceFlow.error;
import static io.fieldline.backend.support.ServiceFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.ServiceFlow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who sees what: technicians their own visits and those visits' customers, the desk its
 * territories, admins the tenant, everyone else NOT_FOUND; and the read side they use (the
 * technician's day, the desk's lists by SLA with cursors).
 */
@QuarkusTest
class ServiceAccessTest {
  @Inject DevTokenVerifier tokens;

  @Test
  void aTechnicianCannotSeeAnotherTechniciansVisit() {
    ServiceFlow flow = new ServiceFlow(tokens);
    String visit = flow.visitAt("tech1", "DISPATCHED");
    String tech2 = flow.token("tech2");

    error(Gql.post(tech2, "service/visit", Map.of("id", visit)), "NOT_FOUND");
    error(Gql.post(tech2, "service/startTravel", Map.of("id", visit)), "NOT_FOUND");
    error(Gql.post(flow.token("rep1"), "service/visit", Map.of("id", visit)), "NOT_FOUND");
    error(
        Gql.post(new DemoUsers(tokens).globex("admin"), "service/visit", Map.of("id", visit)),
        "NOT_FOUND");
    error(
        Gql.post(
            tech2,
            "service/technicianDay",
            Map.of("date", today(), "technicianId", ServiceFlow.userId("tech1"))),
        "NOT_FOUND");
    List<String> tech2Visits =
        ok(Gql.post(tech2, "service/visits", Map.of("first", 100)))
            .getList("data.visits.items.assigneeId");
    assertThat(tech2Visits).isNotEmpty().containsOnly(ServiceFlow.userId("tech2"));

    // the owner, the desk of the territory and the admin do see it; it did not move
    for (String who : List.of("tech1", "dispatcher", "manager-ne", "admin")) {
      assertThat(flow.visit(flow.token(who), visit).getString("data.visit.status"))
          .as(who)
          .isEqualTo("DISPATCHED");
    }
    // the technician sees the visit's customer and its asset history, not other customers'
    ok(Gql.post(flow.token("tech1"), "service/asset", Map.of("id", ServiceFlow.asset0())));
    error(Gql.post(tech2, "service/asset", Map.of("id", ServiceFlow.asset0())), "NOT_FOUND");
  }

  @Test
  void aSalesRepPlansAndWorksTheirOwnSalesCallsWithTheSameVisitModel() {
    ServiceFlow flow = new ServiceFlow(tokens);
    String rep = flow.token("rep1");
    // one of the rep's own open deals (sales demo data)
    String opportunity =
        ok(Gql.post(
                rep,
                "sales/opportunities",
                Map.of("filter", Map.of("outcome", "OPEN"), "first", 1)))
            .getString("data.opportunities.edges[0].node.id");
    Map<String, Object> input = new java.util.HashMap<>();
    input.put("kind", "SALES");
    input.put("accountId", ServiceFlow.account0());
    input.put("siteId", ServiceFlow.site0());
    input.put("opportunityId", opportunity);
    input.put("assigneeId", ServiceFlow.userId("rep1"));
    input.put("schedule", ServiceFlow.schedule(26));
    JsonPath call = ok(Gql.post(rep, "service/scheduleVisit", Map.of("input", input)));
    String visit = call.getString("data.scheduleVisit.id");
    assertThat(call.getString("data.scheduleVisit.kind")).isEqualTo("SALES");
    assertThat(call.getString("data.scheduleVisit.workOrderId")).isNull();
    ok(Gql.post(rep, "service/dispatchVisit", Map.of("id", visit)));
    ok(Gql.post(rep, "service/startTravel", Map.of("id", visit)));
    ok(Gql.post(rep, "service/checkIn", Map.of("id", visit, "evidence", ServiceFlow.evidence(60))));
    ok(
        Gql.post(
            rep,
            "service/completeVisit",
            Map.of("id", visit, "evidence", ServiceFlow.evidence(90))));
    assertThat(flow.visit(rep, visit).getString("data.visit.status")).isEqualTo("COMPLETED");

    // not for another rep, and not at an account outside the rep's territory
    input.put("assigneeId", ServiceFlow.userId("rep2"));
    error(Gql.post(rep, "service/scheduleVisit", Map.of("input", input)), "NOT_FOUND");
    input.put("assigneeId", ServiceFlow.userId("rep1"));
    input.put(
        "accountId",
        io.fieldline.backend.service.demo.ServiceDemoIds.account(DemoIdentity.ACME, 27).toString());
    error(Gql.post(rep, "service/scheduleVisit", Map.of("input", input)), "NOT_FOUND");
    // service visits need a work order; sales calls have none
    input.put("kind", "SERVICE");
    error(
        Gql.post(flow.desk(), "service/scheduleVisit", Map.of("input", input)),
        "VALIDATION_FAILED");
  }

  @Test
  void casesBelongToTheDeskOfTheirTerritory() {
    ServiceFlow flow = new ServiceFlow(tokens);
    List<Map<String, Object>> cases =
        ok(Gql.post(flow.desk(), "service/serviceCases", Map.of("first", 100)))
            .getList("data.serviceCases.items");
    assertThat(cases).isNotEmpty();
    Set<Object> territories = new HashSet<>();
    cases.forEach(c -> territories.add(((Map<?, ?>) c.get("account")).get("territoryId")));
    assertThat(territories)
        .containsAnyOf(territory("NE-1"), territory("NE-2"))
        .doesNotContain(territory("SC-1"), territory("NW-1"));
    assertThat(
            ok(Gql.post(flow.token("tech1"), "service/serviceCases"))
                .getList("data.serviceCases.items"))
        .isEmpty();
    error(
        Gql.post(flow.token("tech1"), "service/serviceCase", Map.of("id", cases.get(0).get("id"))),
        "NOT_FOUND");
  }

  @Test
  void technicianDayHasEverythingNeededOnSite() {
    JsonPath day =
        ok(
            Gql.post(
                new ServiceFlow(tokens).token("tech1"),
                "service/technicianDay",
                Map.of("date", nextWeekday().toString())));
    List<Map<String, Object>> visits = day.getList("data.technicianDay.visits");
    assertThat(visits).isNotEmpty();
    for (int i = 0; i < visits.size(); i++) {
      String v = "data.technicianDay.visits[" + i + "].";
      assertThat(day.getString(v + "account.name")).isNotBlank();
      assertThat(day.getString(v + "site.street")).isNotBlank();
      assertThat(day.getDouble(v + "site.latitude")).isBetween(54.0, 55.5);
      assertThat(day.getList(v + "contacts")).isNotEmpty();
      assertThat(day.getString(v + "workOrder.number")).startsWith("WO-");
      assertThat(day.getList(v + "workOrder.requiredSkills")).isNotEmpty();
      assertThat(day.getList(v + "checklistTemplate.items")).isNotEmpty();
    }
    assertThat(day.getList("data.technicianDay.vanStock")).hasSizeGreaterThan(5);
    assertThat(day.getList("data.technicianDay.shifts")).hasSize(1);
    assertThat(day.getList("data.technicianDay.technician.skills")).hasSize(6);
  }

  @Test
  void openWorkOrdersComeBySlaInPagesAndStayInTheDesksTerritories() {
    String desk = new ServiceFlow(tokens).desk();
    List<String> dues = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String after = null;
    for (int page = 0; page < 3; page++) {
      Map<String, Object> vars = new java.util.HashMap<>(Map.of("first", 50));
      if (after != null) {
        vars.put("after", after);
      }
      JsonPath p = ok(Gql.post(desk, "service/workOrders", vars));
      List<Map<String, Object>> items = p.getList("data.workOrders.items");
      for (Map<String, Object> item : items) {
        assertThat(ids.add((String) item.get("id"))).as("no repeats across pages").isTrue();
        dues.add((String) item.get("slaDueAt"));
        assertThat(item.get("status")).isIn("OPEN", "SCHEDULED", "IN_PROGRESS");
        assertThat(((Map<?, ?>) item.get("account")).get("territoryId"))
            .isIn(territory("NE-1"), territory("NE-2"));
      }
      after = p.getString("data.workOrders.nextCursor");
      assertThat(p.getBoolean("data.workOrders.hasMore")).isTrue();
    }
    assertThat(ids).hasSize(150);
    assertThat(dues.stream().map(java.time.OffsetDateTime::parse).toList()).isSorted();

    JsonPath urgent =
        ok(
            Gql.post(
                desk,
                "service/workOrders",
                Map.of(
                    "filter",
                    Map.of("priorities", List.of("URGENT"), "skillCode", "GAS"),
                    "first",
                    100)));
    for (Map<String, Object> item : urgent.<Map<String, Object>>getList("data.workOrders.items")) {
      assertThat(item.get("priority")).isEqualTo("URGENT");
      assertThat(((List<?>) item.get("requiredSkills")).toString()).contains("GAS");
    }
    error(Gql.post(desk, "service/workOrders", Map.of("first", 500)), "VALIDATION_FAILED");
    error(
        Gql.post(desk, "service/workOrders", Map.of("after", "not-a-cursor")), "VALIDATION_FAILED");
  }

  @Test
  void theDeskKeepsTechniciansTheirVansAndTheirScores() {
    ServiceFlow flow = new ServiceFlow(tokens);
    List<Map<String, Object>> ne1 =
        ok(Gql.post(flow.desk(), "service/technicians", Map.of("territoryId", territory("NE-1"))))
            .getList("data.technicians");
    assertThat(ne1)
        .extracting(t -> t.get("userId"))
        .containsExactlyInAnyOrder(
            ServiceFlow.userId("tech1"), ServiceFlow.userId("tech3"), ServiceFlow.userId("tech5"));
    assertThat(ne1).allSatisfy(t -> assertThat((List<?>) t.get("workingHours")).hasSize(5));
    assertThat(
            ok(Gql.post(flow.token("tech2"), "service/technicians"))
                .getList("data.technicians.userId"))
        .containsExactly(ServiceFlow.userId("tech2"));

    String tech3 = ServiceFlow.userId("tech3");
    String part =
        io.fieldline.backend.service.demo.ServiceDemoIds.part(DemoIdentity.ACME, 3).toString();
    Map<String, Object> in =
        new java.util.HashMap<>(
            Map.of("technicianId", tech3, "productId", part, "kind", "TRANSFER_IN", "quantity", 4));
    java.math.BigDecimal held =
        quantity(
            ok(Gql.post(flow.desk(), "service/recordStockMovement", Map.of("input", in))), part);
    Map<String, Object> adjust = new java.util.HashMap<>(in);
    adjust.put("kind", "ADJUSTED");
    adjust.put("quantity", -1);
    error(
        Gql.post(flow.desk(), "service/recordStockMovement", Map.of("input", adjust)),
        "VALIDATION_FAILED");
    adjust.put("note", "Stock take: one damaged");
    assertThat(
            quantity(
                ok(Gql.post(flow.desk(), "service/recordStockMovement", Map.of("input", adjust))),
                part))
        .isEqualByComparingTo(held.subtract(java.math.BigDecimal.ONE));
    Map<String, Object> back = new java.util.HashMap<>(in);
    back.put("kind", "RETURNED");
    back.put("quantity", held.add(java.math.BigDecimal.TEN));
    error(
        Gql.post(flow.desk(), "service/recordStockMovement", Map.of("input", back)),
        "INSUFFICIENT_STOCK");
    error(
        Gql.post(flow.token("tech3"), "service/recordStockMovement", Map.of("input", in)),
        "NOT_FOUND");

    List<Map<String, Object>> scores =
        ok(Gql.post(
                flow.token("manager-ne"),
                "service/surveys",
                Map.of("technicianId", ServiceFlow.userId("tech2"), "first", 50)))
            .getList("data.surveys.items");
    assertThat(scores)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.get("technicianId")).isEqualTo(ServiceFlow.userId("tech2")));
  }

  private static java.math.BigDecimal quantity(JsonPath levels, String part) {
    List<Map<String, Object>> list = levels.getList("data.recordStockMovement");
    return list.stream()
        .filter(l -> part.equals(((Map<?, ?>) l.get("product")).get("id")))
        .map(l -> new java.math.BigDecimal(String.valueOf(l.get("quantity"))))
        .findFirst()
        .orElseThrow();
  }

  private static String territory(String code) {
    return DemoIdentity.territoryId(DemoIdentity.ACME, code).toString();
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  private static LocalDate nextWeekday() {
    LocalDate d = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.plusDays(1);
    }
    return d;
  }
}
