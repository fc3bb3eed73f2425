package io.fieldline.backend.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.dispatch.NotificationDispatcher;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.dispatch.GraphqlWs;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.notify.NotifyFixtures;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's flow over HTTP against PostgreSQL: the board, an optimisation of a demo
 * territory's next working day watched over a real WebSocket subscription, the proposal, the
 * publish (one transaction) and the FCM messages the technicians' devices get.
 */
@QuarkusTest
class DispatchFlowTest {
  static final String NE1 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-1").toString();

  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject FakeGoogle google;
  @Inject NotificationDispatcher notifier;
  @Inject ObjectMapper json;
  @Inject io.vertx.core.Vertx vertx;

  private DemoUsers users() {
    return new DemoUsers(tokens);
  }

  static LocalDate weekday(int after) {
    LocalDate d = LocalDate.now(ZoneOffset.UTC);
    int found = 0;
    while (true) {
      d = d.plusDays(1);
      if (d.getDayOfWeek().getValue() <= 5 && ++found == after) {
        return d;
      }
    }
  }

  @Test
  void theBoardShowsTechniciansShiftsVisitsInOrderTheQueueWithReasonsAndKpis() {
    String day = weekday(1).toString();
    JsonPath board =
        Gql.post(
                users().acme("dispatcher"),
                "dispatch/board",
                Map.of("territoryId", NE1, "from", day, "to", day, "queueSize", 10))
            .body("errors", nullValue())
            .extract()
            .jsonPath();
    List<Map<String, Object>> techs = board.getList("data.dispatchBoard.technicians");
    assertThat(techs).extracting(t -> t.get("name")).contains("Tom Technician");
    int visits = 0;
    for (int t = 0; t < techs.size(); t++) {
      String shift = "data.dispatchBoard.technicians[" + t + "].shifts[0]";
      assertThat(board.getString(shift + ".day")).isEqualTo(day);
      List<String> starts = board.getList(shift + ".visits.scheduledStart");
      assertThat(starts).isSorted();
      visits += starts.size();
      if (!starts.isEmpty()) {
        assertThat(board.getInt(shift + ".visits[0].travelMinutesFromPrevious"))
            .isGreaterThanOrEqualTo(0);
        assertThat(board.getString(shift + ".visits[0].plannedStart")).isNotNull();
      }
    }
    assertThat(visits).isPositive();
    assertThat(board.getInt("data.dispatchBoard.kpis.assignedVisits")).isEqualTo(visits);
    List<String> reasons = board.getList("data.dispatchBoard.unassigned.reason");
    assertThat(reasons).hasSize(10).allSatisfy(r -> assertThat(r).isNotBlank());
  }

  @Test
  void techniciansMayNotDispatchAndOtherTerritoriesAreNotFound() {
    String day = weekday(1).toString();
    Map<String, Object> vars = Map.of("territoryId", NE1, "from", day, "to", day);
    Gql.post(users().acme("tech1"), "dispatch/board", vars)
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    String nw1 = DemoIdentity.territoryId(DemoIdentity.ACME, "NW-1").toString();
    Gql.post(
            users().acme("dispatcher"),
            "dispatch/board",
            Map.of("territoryId", nw1, "from", day, "to", day))
        .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    Gql.post(users().acme("tech1"), "dispatch/optimise", vars)
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
  }

  @Test
  void anOptimisationIsWatchedLivePublishedAndTheTechniciansPhonesAreTold() throws Exception {
    NotifyFixtures fx = new NotifyFixtures(pool, events, tokens);
    Map<UUID, String> phones = new HashMap<>();
    for (String key : List.of("tech1", "tech3", "tech5")) {
      UUID tech = DemoIdentity.userId(DemoIdentity.ACME, key);
      String token = "fcm-dispatch-" + key + "-" + UUID.randomUUID();
      fx.device(tech, token);
      phones.put(tech, token);
    }
    String day = weekday(1).toString();
    String dispatcher = users().acme("dispatcher");
    Map<String, TestDevice> devices = techniciansPhones(dispatcher, day);
    String jobId =
        Gql.post(
                dispatcher,
                "dispatch/optimise",
                Map.of("territoryId", NE1, "from", day, "to", day, "timeLimitSeconds", 3))
            .body("errors", nullValue())
            .body("data.optimiseTerritory.status", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING"))
            .extract()
            .path("data.optimiseTerritory.id");

    List<JsonObject> stream;
    try (GraphqlWs ws =
        GraphqlWs.subscribe(vertx, dispatcher, "dispatch/progress", Map.of("jobId", jobId))) {
      stream = ws.awaitComplete(60);
    }
    assertThat(stream).isNotEmpty();
    JsonObject last =
        stream.get(stream.size() - 1).getJsonObject("data").getJsonObject("dispatchJobProgress");
    assertThat(last.getString("status")).isEqualTo("PROPOSED");
    assertThat(stream)
        .anySatisfy(
            m ->
                assertThat(
                        m.getJsonObject("data")
                            .getJsonObject("dispatchJobProgress")
                            .getJsonObject("progress"))
                    .isNotNull());
    assertThat(last.getJsonObject("progress").getString("bestScore")).isNotBlank();

    JsonPath job =
        Gql.post(dispatcher, "dispatch/job", Map.of("id", jobId))
            .body("errors", nullValue())
            .extract()
            .jsonPath();
    List<Map<String, Object>> changes = job.getList("data.dispatchJob.proposal.changes");
    assertThat(changes).isNotEmpty();
    assertThat(changes).allSatisfy(ch -> assertThat((List<?>) ch.get("explanations")).isNotEmpty());
    assertThat(job.getInt("data.dispatchJob.proposal.kpisAfter.assignedVisits"))
        .isGreaterThan(job.getInt("data.dispatchJob.proposal.kpisBefore.assignedVisits"));

    google.clearFcm();
    Gql.post(dispatcher, "dispatch/publish", Map.of("jobId", jobId))
        .body("errors", nullValue())
        .body("data.publishPlan.changes", equalTo(changes.size()));
    Gql.post(dispatcher, "dispatch/job", Map.of("id", jobId))
        .body("data.dispatchJob.status", equalTo("PUBLISHED"));
    Gql.post(dispatcher, "dispatch/publish", Map.of("jobId", jobId))
        .body("errors[0].extensions.code", equalTo("INVALID_STATE"));

    Set<UUID> told = new HashSet<>();
    changes.forEach(
        ch ->
            told.add(
                UUID.fromString(
                    (String)
                        (ch.get("toTechnicianId") != null
                            ? ch.get("toTechnicianId")
                            : ch.get("fromTechnicianId")))));
    notifier.runOnce().await().atMost(Duration.ofSeconds(60));
    for (UUID tech : told) {
      NotifyFixtures.await(
          "sync and notice to " + tech,
          () -> {
            List<String> k =
                google.fcmRequestsTo(phones.get(tech)).stream().map(r -> kind(r.body())).toList();
            return k.contains("sync") && k.contains("notice");
          });
      List<String> kinds =
          google.fcmRequestsTo(phones.get(tech)).stream().map(r -> kind(r.body())).toList();
      assertThat(kinds).as("messages to %s", tech).contains("sync", "notice");
    }
    JsonPath after =
        Gql.post(dispatcher, "dispatch/board", Map.of("territoryId", NE1, "from", day, "to", day))
            .extract()
            .jsonPath();
    assertThat(after.getInt("data.dispatchBoard.kpis.assignedVisits"))
        .isEqualTo(job.getInt("data.dispatchJob.proposal.kpisAfter.assignedVisits"));
    theNextPullsShowTheNewSchedule(devices, changes);
  }

  /** A synced phone for every technician on the territory's board that day (first pull done). */
  private Map<String, TestDevice> techniciansPhones(String dispatcher, String day) {
    List<String> ids =
        Gql.post(dispatcher, "dispatch/board", Map.of("territoryId", NE1, "from", day, "to", day))
            .body("errors", nullValue())
            .extract()
            .path("data.dispatchBoard.technicians.id");
    Map<String, TestDevice> devices = new HashMap<>();
    for (String id : ids) {
      TestDevice device =
          TestDevice.register(tokens.issue(DemoIdentity.ACME.id(), UUID.fromString(id)));
      device.pull();
      devices.put(id, device);
    }
    return devices;
  }

  /**
   * After the publish, each technician's next pull holds the visits now theirs (assigned to them),
   * no longer the ones moved to someone else, and the ones taken off the plan as cancelled.
   */
  private void theNextPullsShowTheNewSchedule(
      Map<String, TestDevice> devices, List<Map<String, Object>> changes) {
    devices.values().forEach(TestDevice::pull);
    int checked = 0;
    for (Map<String, Object> change : changes) {
      if (change.get("visitId") == null) {
        continue; // a queued work order's new visit: its id is made at publish
      }
      RecordKey visit = new RecordKey("visit", UUID.fromString((String) change.get("visitId")));
      String to = (String) change.get("toTechnicianId");
      String from = (String) change.get("fromTechnicianId");
      if (to != null && devices.containsKey(to)) {
        assertThat(devices.get(to).holds(visit)).as("%s granted to %s", visit, to).isTrue();
        assertThat(devices.get(to).get(visit).value("assigned_technician_id"))
            .isEqualTo(FieldValue.of(to));
        checked++;
      }
      if (from == null || from.equals(to) || !devices.containsKey(from)) {
        continue;
      }
      TestDevice previous = devices.get(from);
      if (to != null) {
        assertThat(previous.holds(visit)).as("%s evicted from %s", visit, from).isFalse();
      } else if (previous.holds(visit)) { // unassigned: the phone sees it cancelled
        assertThat(previous.get(visit).value("status")).isEqualTo(FieldValue.of("CANCELLED"));
      }
    }
    assertThat(checked).as("visits of the plan checked on their technicians' phones").isPositive();
  }

  private String kind(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node.at("/message/data/kind").asText();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
