package io.fieldline.backend.service;

import static io.fieldline.backend.support.notify.NotifyFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.dispatch.NotificationDispatcher;
import io.fieldline.backend.service.service.SlaMonitor;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.TenantSql;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.notify.FcmInbox;
import io.fieldline.backend.support.sync.FieldWorld;
import io.fieldline.backend.support.sync.SyncWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The periodic SLA check in a small tenant: work orders due soon that no visit will finish in time
 * are flagged once, and the dispatchers of the territory and the technician of the late visit get
 * the exact FCM notices; a non-urgent one waits for the dispatcher's quiet hours to end.
 */
@QuarkusTest
class SlaNoticesTest {
  static final DateTimeFormatter TIMES =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

  @Inject DataSource dataSource;
  @Inject Pool pool;
  @Inject DevTokenVerifier tokens;
  @Inject FakeGoogle google;
  @Inject ObjectMapper json;
  @Inject NotificationDispatcher dispatcher;
  @Inject SlaMonitor monitor;

  @Test
  void theMonitorFlagsWhatNoVisitFinishesInTimeAndTellsTheDispatcherAndTheTechnician() {
    FieldWorld field = FieldWorld.create(SyncWorld.create(dataSource));
    SyncWorld w = field.world;
    UUID desk = UUID.randomUUID();
    w.sql(
        "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, 'desk')",
        desk,
        w.tenant,
        "desk@" + w.tenant + ".example");
    w.sql(
        "insert into user_role (tenant_id, user_id, role) values (?, ?, 'DISPATCHER')",
        w.tenant,
        desk);
    w.sql(
        "insert into user_territory (tenant_id, user_id, territory_id) values (?, ?, ?)",
        w.tenant,
        desk,
        w.area);
    String deskPhone = device(w.tenant, desk);
    String techPhone = device(w.tenant, w.tech);
    LocalTime berlin = LocalTime.now(ZoneId.of("Europe/Berlin")).withSecond(0).withNano(0);
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("locale", "de");
    prefs.put("timeZone", "Europe/Berlin");
    prefs.put("quietStart", berlin.minusHours(1).toString());
    prefs.put("quietEnd", berlin.plusHours(1).toString());
    Gql.post(tokens.issue(w.tenant, desk), "notify/update-preferences", Map.of("input", prefs))
        .body("errors", nullValue());

    Instant soon = Instant.now().plus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    Instant later = Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    UUID unplanned = workOrder(w, field, "OPEN", soon);
    UUID late = workOrder(w, field, "SCHEDULED", later);
    field.visit(late, w.tech, Instant.now().plus(6, ChronoUnit.HOURS));
    UUID inTime = workOrder(w, field, "SCHEDULED", later);
    field.visit(inTime, field.tech2, Instant.now().plus(1, ChronoUnit.HOURS));

    assertThat(monitor.runTenant(w.tenant).await().atMost(Duration.ofSeconds(30))).isEqualTo(2);
    assertThat(monitor.runTenant(w.tenant).await().atMost(Duration.ofSeconds(30))).isZero();

    JsonObject urgent = event(w.tenant, unplanned);
    JsonObject notUrgent = event(w.tenant, late);
    assertThat(events(w.tenant, inTime)).isZero();
    assertThat(urgent.getJsonObject("payload").getJsonArray("notifyUserIds").getList())
        .containsExactly(desk.toString());
    assertThat(urgent.getJsonObject("payload").getBoolean("urgent")).isTrue();
    assertThat(notUrgent.getJsonObject("payload").getJsonArray("notifyUserIds").getList())
        .containsExactlyInAnyOrder(desk.toString(), w.tech.toString());
    assertThat(notUrgent.getJsonObject("payload").getBoolean("urgent")).isFalse();

    dispatcher.runOnce().await().atMost(Duration.ofSeconds(60));
    FcmInbox inbox = new FcmInbox(google, json);
    await(
        "notices",
        () ->
            !inbox.messages(deskPhone, "notice").isEmpty()
                && !inbox.messages(techPhone, "notice").isEmpty());
    String deskDue =
        TIMES.withLocale(Locale.GERMAN).withZone(ZoneId.of("Europe/Berlin")).format(soon);
    assertThat(inbox.messages(deskPhone, "notice"))
        .containsExactly(
            inbox.notice(
                deskPhone,
                urgent.getString("id"),
                "WORK_ORDER_SLA_AT_RISK",
                "work_order",
                unplanned.toString(),
                "SLA gefährdet",
                "Boiler House: fällig " + deskDue));
    String techDue =
        TIMES.withLocale(Locale.forLanguageTag("en")).withZone(ZoneOffset.UTC).format(later);
    assertThat(inbox.messages(techPhone, "notice"))
        .containsExactly(
            inbox.notice(
                techPhone,
                notUrgent.getString("id"),
                "WORK_ORDER_SLA_AT_RISK",
                "work_order",
                late.toString(),
                "SLA at risk",
                "Boiler House: due " + techDue));
    Row waiting =
        rows(
                w.tenant,
                "select state, next_attempt_at > now() + interval '30 minutes' as deferred"
                    + " from notification_delivery d join device v on v.id = d.device_id"
                    + " where d.event_id = $1 and d.kind = 'NOTICE' and v.user_id = $2",
                Tuple.of(UUID.fromString(notUrgent.getString("id")), desk))
            .get(0);
    assertThat(waiting.getString("state")).isEqualTo("PENDING");
    assertThat(waiting.getBoolean("deferred")).as("deferred to the end of quiet hours").isTrue();
  }

  private String device(UUID tenant, UUID user) {
    String token = "fcm-sla-" + UUID.randomUUID();
    Map<String, Object> input = new HashMap<>();
    input.put("id", UUID.randomUUID().toString());
    input.put("name", "Test phone");
    input.put("platform", "ANDROID");
    input.put("fcmToken", token);
    Gql.post(tokens.issue(tenant, user), "identity/register-device", Map.of("input", input))
        .body("errors", nullValue());
    return token;
  }

  private static UUID workOrder(SyncWorld w, FieldWorld field, String status, Instant due) {
    UUID id = UUID.randomUUID();
    w.sql(
        "insert into work_order (id, account_id, site_id, type, priority, title, sla_due_at,"
            + " estimated_minutes, status, origin) values (?, ?, ?, 'REPAIR', 'HIGH',"
            + " 'Boiler down', ?::timestamptz, 60, ?, 'PHONE')",
        id,
        field.account,
        field.site,
        due.toString(),
        status);
    return id;
  }

  private JsonObject event(UUID tenant, UUID workOrder) {
    Row r =
        rows(
                tenant,
                "select id, payload from domain_event where aggregate_id = $1"
                    + " and event_type = 'WORK_ORDER_SLA_AT_RISK'",
                Tuple.of(workOrder))
            .get(0);
    return new JsonObject()
        .put("id", r.getUUID("id").toString())
        .put("payload", r.getJsonObject("payload"));
  }

  private long events(UUID tenant, UUID workOrder) {
    return rows(tenant, "select id from domain_event where aggregate_id = $1", Tuple.of(workOrder))
        .size();
  }

  private List<Row> rows(UUID tenant, String sql, Tuple args) {
    return new TenantSql(pool, tenant).rows(sql, args);
  }
}
