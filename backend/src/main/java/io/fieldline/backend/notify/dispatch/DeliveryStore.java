package io.fieldline.backend.notify.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.notify.NotifySettings;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Claims due deliveries for sending. A claim locks the rows ({@code FOR UPDATE SKIP LOCKED}, so
 * instances never claim the same row), counts the attempt and moves {@code next_attempt_at} one
 * lease ahead, then commits before anything is sent: if this instance dies while sending, the rows
 * become due again when the lease ends (at-least-once). Rows whose device lost its token, or whose
 * token already received the same event and kind, are DROPPED instead.
 */
@ApplicationScoped
public class DeliveryStore {
  private static final String DUE =
      """
      select d.id, d.device_id, d.kind, d.urgent, d.title, d.body, d.data::text as data,
             d.attempts, v.fcm_token,
             exists (select 1 from notification_delivery s
                      where s.event_id = d.event_id and s.kind = d.kind and s.id <> d.id
                        and s.state = 'SENT'
                        and s.token_hash = sha256(convert_to(v.fcm_token, 'UTF8'))) as duplicate
        from notification_delivery d
        join device v on v.id = d.device_id
       where d.state in ('PENDING', 'RETRY') and d.next_attempt_at <= now()
       order by d.next_attempt_at
       limit $1
         for update of d skip locked
      """;
  private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {};

  private final Pool pool;
  private final NotifySettings settings;
  private final ObjectMapper json;

  public DeliveryStore(Pool pool, NotifySettings settings, ObjectMapper json) {
    this.pool = pool;
    this.settings = settings;
    this.json = json;
  }

  /** Claims up to {@code limit} due deliveries of {@code tenant}. */
  Uni<List<Claimed>> claim(UUID tenant, int limit) {
    return TenantTx.sql(
        pool,
        tenant,
        c ->
            c.preparedQuery(DUE)
                .execute(Tuple.of(limit))
                .chain(
                    rows -> {
                      List<Claimed> claimed = new ArrayList<>();
                      List<UUID> noToken = new ArrayList<>();
                      List<UUID> duplicate = new ArrayList<>();
                      List<UUID> unreadable = new ArrayList<>();
                      for (Row r : rows) {
                        if (r.getString("fcm_token") == null) {
                          noToken.add(r.getUUID("id"));
                        } else if (r.getBoolean("duplicate")) {
                          duplicate.add(r.getUUID("id"));
                        } else {
                          try {
                            claimed.add(claimed(r));
                          } catch (RuntimeException e) {
                            unreadable.add(r.getUUID("id"));
                          }
                        }
                      }
                      return drop(c, noToken, "device has no push token")
                          .chain(() -> drop(c, duplicate, "token already received this event"))
                          .chain(() -> fail(c, unreadable))
                          .chain(() -> lease(c, claimed))
                          .replaceWith(claimed);
                    }));
  }

  private Uni<Void> lease(SqlConnection c, List<Claimed> claimed) {
    if (claimed.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery(
            "update notification_delivery set attempts = attempts + 1, updated_at = now(),"
                + " next_attempt_at = now() + $2::bigint * interval '1 millisecond' where id = any($1)")
        .execute(
            Tuple.tuple()
                .addArrayOfUUID(claimed.stream().map(Claimed::id).toArray(UUID[]::new))
                .addLong(settings.lease().toMillis()))
        .replaceWithVoid();
  }

  /** A row that cannot become a message fails for good instead of blocking the tenant's queue. */
  private static Uni<Void> fail(SqlConnection c, List<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery(
            "update notification_delivery set state = 'FAILED', updated_at = now(),"
                + " last_error = 'unreadable delivery data' where id = any($1)")
        .execute(Tuple.of(ids.toArray(UUID[]::new)))
        .replaceWithVoid();
  }

  static Uni<Void> drop(SqlConnection c, List<UUID> ids, String why) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery(
            "update notification_delivery set state = 'DROPPED', last_error = $2,"
                + " updated_at = now() where id = any($1)")
        .execute(Tuple.of(ids.toArray(UUID[]::new), why))
        .replaceWithVoid();
  }

  private Claimed claimed(Row r) {
    try {
      return new Claimed(
          r.getUUID("id"),
          r.getUUID("device_id"),
          DeliveryKind.valueOf(r.getString("kind")),
          r.getBoolean("urgent"),
          r.getString("title"),
          r.getString("body"),
          json.readValue(r.getString("data"), DATA),
          r.getInteger("attempts") + 1,
          r.getString("fcm_token"));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
