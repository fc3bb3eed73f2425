package io.fieldline.backend.dispatch.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.TenantSql;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Manual moves over HTTP: preview (violations, KPIs, nothing written) and save (version, event).
 */
@QuarkusTest
class MoveVisitTest {
  static final UUID ACME = DemoIdentity.ACME.id();
  static final UUID NE2 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-2");

  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  private String dispatcher() {
    return new DemoUsers(tokens).acme("dispatcher");
  }

  private List<Row> sql(String sql, Tuple args) {
    return new TenantSql(pool, ACME).rows(sql, args);
  }

  /**
   * Two SCHEDULED visits of the same day in NE-2 with different technicians, the second one's
   * technician on shift that day: v (to move) and w (the one it will overlap).
   */
  private Row pair(int afterDays) {
    LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(afterDays);
    List<Row> rows =
        sql(
            "with planned as (select v.id, v.assignee_user_id, v.scheduled_start, v.version,"
                + " v.work_order_id, v.arrival_window_start, v.arrival_window_end,"
                + " v.duration_minutes from visit v join account a on a.id = v.account_id"
                + " join technician t on t.user_id = v.assignee_user_id and t.active"
                + " and t.territory_id = $1 where v.kind = 'SERVICE' and v.status = 'SCHEDULED'"
                + " and a.territory_id = $1 and v.scheduled_start >= $2"
                + " and v.scheduled_start < $2 + interval '10 days')"
                + " select p.id v_id, p.assignee_user_id v_tech, p.version v_version,"
                + " p.work_order_id v_wo, p.arrival_window_end v_window_end, p.scheduled_start"
                + " v_start, q.id w_id, q.assignee_user_id w_tech, q.scheduled_start w_start,"
                + " q.version w_version, q.work_order_id w_wo from planned p join planned q"
                + " on q.assignee_user_id <> p.assignee_user_id"
                + " and q.scheduled_start::date = p.scheduled_start::date"
                + " join technician_shift s on s.technician_id = q.assignee_user_id"
                + " and s.starts_at::date = q.scheduled_start::date"
                + " order by p.scheduled_start, p.id, q.id limit 1",
            Tuple.of(NE2, from.atStartOfDay().atOffset(ZoneOffset.UTC)));
    assertThat(rows).as("demo data has two technicians' visits on one day").isNotEmpty();
    return rows.get(0);
  }

  private static Map<String, Object> input(
      UUID visit, UUID technician, OffsetDateTime start, Long version) {
    Map<String, Object> in = new HashMap<>();
    in.put("visitId", visit.toString());
    in.put("technicianId", technician == null ? null : technician.toString());
    in.put("start", start == null ? null : start.toString());
    in.put("version", version);
    return Map.of("input", in);
  }

  private static List<String> rules(JsonPath result, String op) {
    return result.getList("data." + op + ".violations.rule");
  }

  @Test
  void previewShowsOverlapWindowAndSkillViolationsWithKpisAndWritesNothing() {
    Row p = pair(8);
    UUID v = p.getUUID("v_id");
    UUID other = p.getUUID("w_tech");
    OffsetDateTime atW = p.getOffsetDateTime("w_start");
    JsonPath overlap =
        Gql.post(dispatcher(), "dispatch/previewMove", input(v, other, atW, null))
            .body("errors", nullValue())
            .body("data.previewVisitMove.kind", equalTo("MOVE"))
            .body("data.previewVisitMove.toTechnicianId", equalTo(other.toString()))
            .body("data.previewVisitMove.saved", equalTo(false))
            .extract()
            .jsonPath();
    assertThat(rules(overlap, "previewVisitMove")).contains("OVERLAP");
    assertThat(overlap.getList("data.previewVisitMove.violations.visitId", String.class))
        .contains(p.getUUID("w_id").toString());
    int before = overlap.getInt("data.previewVisitMove.kpisBefore.assignedVisits");
    assertThat(before).isPositive();
    assertThat(overlap.getInt("data.previewVisitMove.kpisAfter.assignedVisits")).isEqualTo(before);

    OffsetDateTime late = p.getOffsetDateTime("v_window_end").plusHours(3);
    JsonPath window =
        Gql.post(dispatcher(), "dispatch/previewMove", input(v, p.getUUID("v_tech"), late, null))
            .body("errors", nullValue())
            .body("data.previewVisitMove.kind", equalTo("RESCHEDULE"))
            .extract()
            .jsonPath();
    assertThat(rules(window, "previewVisitMove")).contains("WINDOW");

    String skill =
        sql(
                "select code from skill where code not in (select skill_code from"
                    + " technician_skill where technician_id = $1 and level >= 5)"
                    + " and code not in (select skill_code from work_order_skill"
                    + " where work_order_id = $2) order by code limit 1",
                Tuple.of(other, p.getUUID("v_wo")))
            .get(0)
            .getString(0);
    sql(
        "insert into work_order_skill (work_order_id, skill_code, min_level) values ($1, $2, 5)",
        Tuple.of(p.getUUID("v_wo"), skill));
    try {
      JsonPath skills =
          Gql.post(dispatcher(), "dispatch/previewMove", input(v, other, atW, null))
              .body("errors", nullValue())
              .extract()
              .jsonPath();
      assertThat(rules(skills, "previewVisitMove")).contains("SKILLS");
      assertThat(skills.getString("data.previewVisitMove.violations[0].message")).contains(skill);
    } finally {
      sql(
          "delete from work_order_skill where work_order_id = $1 and skill_code = $2",
          Tuple.of(p.getUUID("v_wo"), skill));
    }

    JsonPath unassign =
        Gql.post(dispatcher(), "dispatch/previewMove", input(v, null, null, null))
            .body("errors", nullValue())
            .body("data.previewVisitMove.kind", equalTo("UNASSIGN"))
            .extract()
            .jsonPath();
    assertThat(unassign.getInt("data.previewVisitMove.kpisAfter.unassignedVisits"))
        .isEqualTo(unassign.getInt("data.previewVisitMove.kpisBefore.unassignedVisits") + 1);

    Row now = sql("select assignee_user_id, version from visit where id = $1", Tuple.of(v)).get(0);
    assertThat(now.getUUID("assignee_user_id")).isEqualTo(p.getUUID("v_tech"));
    assertThat(now.getLong("version")).isEqualTo(p.getLong("v_version"));
  }

  @Test
  void saveChecksTheVersionWritesTheMoveAndItsEvent() {
    Row p = pair(11);
    UUID v = p.getUUID("v_id");
    UUID other = p.getUUID("w_tech");
    OffsetDateTime start = p.getOffsetDateTime("w_start").plusHours(2);
    long version = p.getLong("v_version");

    Gql.post(dispatcher(), "dispatch/moveVisit", input(v, other, start, version - 1))
        .body("errors[0].extensions.code", equalTo("PLAN_STALE"));
    Gql.post(dispatcher(), "dispatch/moveVisit", input(v, other, start, null))
        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
    Gql.post(
            new DemoUsers(tokens).acme("tech1"),
            "dispatch/previewMove",
            input(v, other, start, null))
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    assertThat(
            sql("select version from visit where id = $1", Tuple.of(v)).get(0).getLong("version"))
        .isEqualTo(version);

    Gql.post(dispatcher(), "dispatch/moveVisit", input(v, other, start, version))
        .body("errors", nullValue())
        .body("data.moveVisit.saved", equalTo(true))
        .body("data.moveVisit.version", equalTo((int) version + 1));
    Row moved =
        sql("select assignee_user_id, scheduled_start from visit where id = $1", Tuple.of(v))
            .get(0);
    assertThat(moved.getUUID("assignee_user_id")).isEqualTo(other);
    assertThat(moved.getOffsetDateTime("scheduled_start").toInstant()).isEqualTo(start.toInstant());
    JsonObject assigned = lastEvent(v);
    assertThat(assigned.getString("type")).isEqualTo("VISIT_ASSIGNED");
    assertThat(assigned.getJsonObject("payload").getJsonArray("notifyUserIds").getList())
        .containsExactly(other.toString());
    assertThat(assigned.getJsonObject("payload").getJsonArray("syncUserIds").getList())
        .contains(other.toString(), p.getUUID("v_tech").toString());

    UUID w = p.getUUID("w_id");
    Gql.post(dispatcher(), "dispatch/moveVisit", input(w, null, null, p.getLong("w_version")))
        .body("errors", nullValue())
        .body("data.moveVisit.kind", equalTo("UNASSIGN"));
    assertThat(sql("select status from visit where id = $1", Tuple.of(w)).get(0).getString(0))
        .isEqualTo("CANCELLED");
    assertThat(
            sql("select status from work_order where id = $1", Tuple.of(p.getUUID("w_wo")))
                .get(0)
                .getString(0))
        .isEqualTo("OPEN");
    assertThat(lastEvent(w).getString("type")).isEqualTo("VISIT_CANCELLED");
    Gql.post(dispatcher(), "dispatch/moveVisit", input(w, other, null, p.getLong("w_version") + 1))
        .body("errors[0].extensions.code", equalTo("INVALID_STATE"));
  }

  @Test
  void theNewTechniciansPullShowsTheMovedVisitAndThePreviousOnesPullEvictsIt() {
    Row p = pair(1);
    UUID v = p.getUUID("v_id");
    UUID from = p.getUUID("v_tech");
    UUID to = p.getUUID("w_tech");
    RecordKey key = new RecordKey("visit", v);
    TestDevice previous = TestDevice.register(tokens.issue(ACME, from));
    TestDevice next = TestDevice.register(tokens.issue(ACME, to));
    previous.pull();
    next.pull();
    assertThat(previous.holds(key)).isTrue();
    assertThat(next.holds(key)).isFalse();

    OffsetDateTime start = p.getOffsetDateTime("w_start").plusHours(2);
    Gql.post(dispatcher(), "dispatch/moveVisit", input(v, to, start, p.getLong("v_version")))
        .body("errors", nullValue());
    next.pull();
    previous.pull();
    assertThat(previous.holds(key)).as("evicted from the previous technician").isFalse();
    assertThat(next.holds(key)).isTrue();
    assertThat(next.get(key).value("assigned_technician_id"))
        .isEqualTo(FieldValue.of(to.toString()));
    String synced = ((FieldValue.TextValue) next.get(key).value("scheduled_start")).value();
    assertThat(OffsetDateTime.parse(synced).toInstant()).isEqualTo(start.toInstant());
  }

  private JsonObject lastEvent(UUID visit) {
    Row r =
        sql(
                "select event_type, payload from domain_event where aggregate_type = 'visit'"
                    + " and aggregate_id = $1 order by seq desc limit 1",
                Tuple.of(visit))
            .get(0);
    return new JsonObject()
        .put("type", r.getString("event_type"))
        .put("payload", r.getJsonObject("payload"));
  }
}
