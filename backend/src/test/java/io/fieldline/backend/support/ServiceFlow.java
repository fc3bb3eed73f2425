package io.fieldline.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.service.demo.ServiceDemoIds;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds field-service situations over GraphQL from a valid baseline: a work order at acme account
 * 0 (NE-1, asset 0) needing HVAC 1, scheduled for a technician by the North-East dispatcher, then
 * moved along the visit state machine by the technician.
 */
public final class ServiceFlow {
  public static final TenantSpec ACME = DemoIdentity.ACME;
  private static final List<String> ORDER =
      List.of("SCHEDULED", "DISPATCHED", "TRAVELING", "ON_SITE", "COMPLETED");

  private final DemoUsers users;

  public ServiceFlow(DevTokenVerifier tokens) {
    this.users = new DemoUsers(tokens);
  }

  public String token(String key) {
    return users.acme(key);
  }

  public String desk() {
    return users.acme("dispatcher");
  }

  public static String account0() {
    return ServiceDemoIds.account(ACME, 0).toString();
  }

  public static String site0() {
    return ServiceDemoIds.site(ACME, 0, 0).toString();
  }

  public static String asset0() {
    return ServiceDemoIds.asset(ACME, 0, 0, 0).toString();
  }

  public static String userId(String key) {
    return DemoIdentity.userId(ACME, key).toString();
  }

  /** The baseline work-order input (MAINTENANCE at account 0's asset, HVAC 1). */
  public static Map<String, Object> workOrderInput(String title) {
    Map<String, Object> input = new HashMap<>();
    input.put("accountId", account0());
    input.put("siteId", site0());
    input.put("assetId", asset0());
    input.put("type", "MAINTENANCE");
    input.put("priority", "HIGH");
    input.put("title", title);
    input.put("estimatedMinutes", 60);
    input.put("requiredSkills", List.of(Map.of("skillCode", "HVAC", "minLevel", 1)));
    return input;
  }

  public String workOrder(String title) {
    return ok(Gql.post(desk(), "service/createWorkOrder", Map.of("input", workOrderInput(title))))
        .getString("data.createWorkOrder.id");
  }

  /** Schedules {@code workOrderId} for {@code techKey}, starting in two hours. */
  public String schedule(String workOrderId, String techKey) {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", "SERVICE");
    input.put("workOrderId", workOrderId);
    input.put("assigneeId", userId(techKey));
    input.put("schedule", schedule(2));
    return ok(Gql.post(desk(), "service/scheduleVisit", Map.of("input", input)))
        .getString("data.scheduleVisit.id");
  }

  public static Map<String, Object> schedule(int hoursAhead) {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusHours(hoursAhead).withNano(0);
    return Map.of("scheduledStart", start.toString(), "durationMinutes", 60);
  }

  /** A fresh visit of {@code techKey} moved to {@code status} (up to COMPLETED). */
  public String visitAt(String techKey, String status) {
    String visit = schedule(workOrder("Flow for " + techKey + " to " + status), techKey);
    String tech = token(techKey);
    for (int i = 1; i <= ORDER.indexOf(status); i++) {
      step(visit, ORDER.get(i), tech);
    }
    return visit;
  }

  private void step(String visit, String to, String tech) {
    Map<String, Object> id = Map.of("id", visit);
    switch (to) {
      case "DISPATCHED" -> ok(Gql.post(desk(), "service/dispatchVisit", id));
      case "TRAVELING" -> ok(Gql.post(tech, "service/startTravel", id));
      case "ON_SITE" ->
          ok(Gql.post(tech, "service/checkIn", Map.of("id", visit, "evidence", evidence(5))));
      case "COMPLETED" -> {
        answerAll(tech, visit);
        ok(Gql.post(tech, "service/completeVisit", Map.of("id", visit, "evidence", evidence(8))));
      }
      default -> throw new IllegalArgumentException(to);
    }
  }

  /** Answers every item of the visit's checklist with a valid value; returns the answers sent. */
  public List<Map<String, Object>> answerAll(String tech, String visit) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (Map<String, Object> item : checklistItems(tech, visit)) {
      answers.add(Map.of("itemCode", item.get("code"), "value", validAnswer(item)));
    }
    ok(Gql.post(tech, "service/answerChecklist", Map.of("visitId", visit, "answers", answers)));
    return answers;
  }

  public List<Map<String, Object>> checklistItems(String token, String visit) {
    return visit(token, visit).getList("data.visit.checklistTemplate.items");
  }

  @SuppressWarnings("unchecked")
  public static String validAnswer(Map<String, Object> item) {
    return switch ((String) item.get("answerKind")) {
      case "YES_NO" -> "YES";
      case "NUMBER" -> "1.5";
      case "CHOICE" -> ((List<String>) item.get("choices")).get(0);
      default -> "Checked";
    };
  }

  public JsonPath visit(String token, String visit) {
    return ok(Gql.post(token, "service/visit", Map.of("id", visit)));
  }

  /** Check-in/out evidence near account 0's site, recorded {@code minutes} from now. */
  public static Map<String, Object> evidence(int minutes) {
    return Map.of(
        "recordedAt",
            OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(minutes).withNano(0).toString(),
        "latitude", 54.98,
        "longitude", -1.61,
        "accuracyMeters", 12.5);
  }

  /** The response's data; fails when it carries errors. */
  public static JsonPath ok(ValidatableResponse response) {
    JsonPath body = response.statusCode(200).extract().jsonPath();
    assertThat(body.getList("errors")).as("errors of %s", body.prettify()).isNull();
    return body;
  }

  /** Asserts the response failed with {@code code}; returns the error message. */
  public static String error(ValidatableResponse response, String code) {
    JsonPath body = response.statusCode(200).extract().jsonPath();
    assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo(code);
    return body.getString("errors[0].message");
  }
}
