package io.fieldline.backend.support.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.tenancy.TenantTx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Builders for notification tests in the acme demo tenant: fresh users (so no other test's devices
 * or preferences interfere), devices registered over GraphQL, events appended through {@link
 * DomainEvents} in a tenant transaction, and reads of the delivery log.
 */
public final class NotifyFixtures {
  public static final UUID ACME = DemoIdentity.ACME.id();

  private final Pool pool;
  private final DomainEvents events;
  private final DevTokenVerifier tokens;

  public NotifyFixtures(Pool pool, DomainEvents events, DevTokenVerifier tokens) {
    this.pool = pool;
    this.events = events;
    this.tokens = tokens;
  }

  /** A delivery row as the tests read it. */
  public record Delivery(
      UUID id,
      UUID deviceId,
      String kind,
      String state,
      int attempts,
      long dueInMillis,
      String lastError) {}

  /** A new active technician of acme. */
  public UUID newUser(String name) {
    UUID id = UUID.randomUUID();
    sql(
        "insert into app_user (id, tenant_id, email, display_name) values ($1, $2, $3, $4)",
        Tuple.of(id, ACME, "notify-" + id + "@acme.example", name));
    sql(
        "insert into user_role (tenant_id, user_id, role) values ($1, $2, 'TECHNICIAN')",
        Tuple.of(ACME, id));
    return id;
  }

  public String bearer(UUID user) {
    return tokens.issue(ACME, user);
  }

  /** Registers a device with {@code fcmToken} for {@code user} through the API. */
  public UUID device(UUID user, String fcmToken) {
    UUID id = UUID.randomUUID();
    Map<String, Object> input = new HashMap<>();
    input.put("id", id.toString());
    input.put("name", "Test phone");
    input.put("platform", "ANDROID");
    input.put("fcmToken", fcmToken);
    Gql.post(bearer(user), "identity/register-device", Map.of("input", input))
        .body("errors", nullValue());
    return id;
  }

  /** Sets the user's preferences through the API. */
  public void preferences(UUID user, String locale, String zone, String quietStart, String end) {
    Map<String, Object> input = new HashMap<>();
    input.put("locale", locale);
    input.put("timeZone", zone);
    input.put("quietStart", quietStart);
    input.put("quietEnd", end);
    Gql.post(bearer(user), "notify/update-preferences", Map.of("input", input))
        .body("errors", nullValue());
  }

  /** Appends {@code event} in its own committed transaction; returns the event id. */
  public UUID publish(DomainEvent event) {
    TenantTx.sql(pool, ACME, c -> events.append(c, event)).await().atMost(Duration.ofSeconds(10));
    return eventId(event.aggregateId());
  }

  /** The latest event about {@code aggregateId}. */
  public UUID eventId(UUID aggregateId) {
    return rows(
            "select id from domain_event where aggregate_id = $1 order by seq desc limit 1",
            Tuple.of(aggregateId))
        .get(0)
        .getUUID("id");
  }

  public long seq(UUID eventId) {
    return rows("select seq from domain_event where id = $1", Tuple.of(eventId))
        .get(0)
        .getLong("seq");
  }

  public List<Delivery> deliveries(UUID eventId) {
    List<Delivery> out = new ArrayList<>();
    for (Row r :
        rows(
            "select id, device_id, kind, state, attempts, last_error,"
                + " (extract(epoch from next_attempt_at - now()) * 1000)::bigint as due"
                + " from notification_delivery where event_id = $1 order by kind, device_id",
            Tuple.of(eventId))) {
      out.add(
          new Delivery(
              r.getUUID("id"),
              r.getUUID("device_id"),
              r.getString("kind"),
              r.getString("state"),
              r.getInteger("attempts"),
              r.getLong("due"),
              r.getString("last_error")));
    }
    return out;
  }

  public Delivery delivery(UUID eventId, String kind) {
    List<Delivery> matching =
        deliveries(eventId).stream().filter(d -> d.kind().equals(kind)).toList();
    assertThat(matching).as("%s deliveries of event %s", kind, eventId).hasSize(1);
    return matching.get(0);
  }

  /** True once the dispatcher has read {@code eventId} from the outbox (planned, maybe nothing). */
  public boolean planned(UUID eventId) {
    return rows(
            "select exists (select 1 from notification_event where event_id = $1)"
                + " or (select txid from domain_event where id = $1)"
                + " < (select watermark from notification_cursor) as planned",
            Tuple.of(eventId))
        .get(0)
        .getBoolean("planned");
  }

  /** Waits until {@code eventId}'s one delivery of {@code kind} is in {@code state}. */
  public Delivery awaitState(UUID eventId, String kind, String state) {
    await(
        eventId + " " + kind + " " + state,
        () ->
            deliveries(eventId).stream()
                .anyMatch(d -> d.kind().equals(kind) && d.state().equals(state)));
    return delivery(eventId, kind);
  }

  /**
   * Leaves {@code deliveryId} as an instance that claimed it and then died would: one attempt
   * counted, reserved for the two-minute lease, never recorded.
   */
  public void claimedByADeadInstance(UUID deliveryId) {
    sql(
        "update notification_delivery set attempts = attempts + 1,"
            + " next_attempt_at = now() + interval '2 minutes' where id = $1",
        Tuple.of(deliveryId));
  }

  /** Lets a waiting delivery be due now (as if its back-off or quiet hours had passed). */
  public void makeDue(UUID deliveryId) {
    sql(
        "update notification_delivery set next_attempt_at = now() where id = $1",
        Tuple.of(deliveryId));
  }

  public String fcmToken(UUID deviceId) {
    return rows("select fcm_token from device where id = $1", Tuple.of(deviceId))
        .get(0)
        .getString("fcm_token");
  }

  /**
   * Moves the cursor back to {@code eventId}'s transaction and forgets that the event was planned,
   * as if a crash or an operator had rewound the dispatcher: the next run reads it again.
   */
  public void rewindTo(UUID eventId) {
    sql(
        "update notification_cursor set watermark = (select txid from domain_event where id = $1)",
        Tuple.of(eventId));
    sql("delete from notification_event where event_id = $1", Tuple.of(eventId));
  }

  /** Waits up to 15 s for {@code condition}. */
  public static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private void sql(String statement, Tuple args) {
    TenantTx.sql(pool, ACME, c -> c.preparedQuery(statement).execute(args))
        .await()
        .atMost(Duration.ofSeconds(10));
  }

  private List<Row> rows(String query, Tuple args) {
    List<Row> out = new ArrayList<>();
    TenantTx.sql(pool, ACME, c -> c.preparedQuery(query).execute(args))
        .await()
        .atMost(Duration.ofSeconds(10))
        .forEach(out::add);
    return out;
  }
}
