package io.fieldline.backend.notify.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.notify.NotifySettings;
import io.fieldline.backend.notify.preferences.Preferences;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Consumes one tenant's outbox into delivery rows, idempotently. The cursor is a transaction-id
 * watermark: every event written by a transaction below it is planned. Each round plans the visible
 * events at or above the watermark that are not marked planned yet, then raises the watermark to
 * the oldest transaction still running when the round's snapshot was taken ({@code
 * pg_snapshot_xmin}); an event whose transaction was still open then is found by a later round.
 * Details and the reasoning: backend/docs/notifications.md.
 */
@ApplicationScoped
public class OutboxConsumer {
  private static final String SCAN =
      """
      select s.xmin::text as xmin, e.id, e.seq, e.txid::text as txid, e.aggregate_type,
             e.aggregate_id, e.event_type, e.payload::text as payload, e.actor_user_id
        from (select pg_snapshot_xmin(pg_current_snapshot()) as xmin) s
        left join lateral (
          select d.* from domain_event d
           where d.txid >= $1::text::xid8
             and not exists (select 1 from notification_event p where p.event_id = d.id)
           order by d.seq
           limit $2) e on true
      """;
  private static final String RECIPIENTS =
      """
      select v.id, v.user_id, p.locale, p.time_zone, p.quiet_start, p.quiet_end
        from device v
        join app_user u on u.id = v.user_id and u.active
        left join notification_preference p on p.user_id = v.user_id
       where v.fcm_token is not null and v.user_id = any($1)
       order by v.id
      """;
  private static final String INSERT =
      """
      insert into notification_delivery (id, event_id, device_id, user_id, kind, urgent, title, body,
                                         data, next_attempt_at)
      values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, coalesce($10, now()))
      on conflict (tenant_id, event_id, device_id, kind) do nothing
      """;

  private final Pool pool;
  private final NotifySettings settings;
  private final DeliveryPlanner planner;
  private final Preferences preferences;
  private final ObjectMapper json;

  public OutboxConsumer(
      Pool pool,
      NotifySettings settings,
      DeliveryPlanner planner,
      Preferences preferences,
      ObjectMapper json) {
    this.pool = pool;
    this.settings = settings;
    this.planner = planner;
    this.preferences = preferences;
    this.json = json;
  }

  /** Plans up to {@code planBatch} new events of {@code tenant} in one transaction. */
  Uni<PlanRound> planRound(UUID tenant) {
    return TenantTx.sql(
        pool,
        tenant,
        c ->
            c.query("insert into notification_cursor default values on conflict do nothing")
                .execute()
                .chain(
                    () ->
                        c.query(
                                "select watermark::text from notification_cursor"
                                    + " for update skip locked")
                            .execute())
                .chain(rows -> rows.size() == 0 ? busy() : scan(c, rows.iterator().next())));
  }

  private static Uni<PlanRound> busy() {
    return Uni.createFrom().item(PlanRound.BUSY);
  }

  private Uni<PlanRound> scan(SqlConnection c, Row cursor) {
    String watermark = cursor.getString(0);
    int limit = Math.max(1, settings.planBatch());
    return c.preparedQuery(SCAN)
        .execute(Tuple.of(watermark, limit))
        .chain(
            rows -> {
              String xmin = null;
              List<OutboxEvent> events = new ArrayList<>();
              for (Row row : rows) {
                xmin = row.getString("xmin");
                if (row.getUUID("id") != null) {
                  events.add(OutboxEvent.of(row, json));
                }
              }
              boolean full = events.size() >= limit;
              String snapshotXmin = xmin;
              return Multi.createFrom()
                  .iterable(events)
                  .onItem()
                  .transformToUniAndConcatenate(e -> planEvent(c, e))
                  .collect()
                  .asList()
                  .chain(
                      counts ->
                          (full ? Uni.createFrom().voidItem() : advance(c, snapshotXmin))
                              .replaceWith(
                                  new PlanRound(
                                      false,
                                      full,
                                      (int) counts.stream().filter(n -> n >= 0).count(),
                                      counts.stream().mapToInt(n -> Math.max(0, n)).sum())));
            });
  }

  /** Every event of a transaction below the snapshot's xmin is planned now: move past them. */
  private static Uni<Void> advance(SqlConnection c, String xmin) {
    return c.preparedQuery(
            "update notification_cursor set watermark = greatest(watermark, $1::text::xid8),"
                + " updated_at = now()")
        .execute(Tuple.of(xmin))
        .chain(
            () ->
                c.preparedQuery("delete from notification_event where txid < $1::text::xid8")
                    .execute(Tuple.of(xmin)))
        .replaceWithVoid();
  }

  /** Deliveries written for {@code event}, or -1 when another round planned it already. */
  private Uni<Integer> planEvent(SqlConnection c, OutboxEvent event) {
    return c.preparedQuery(
            "insert into notification_event (event_id, txid) values ($1, $2::text::xid8)"
                + " on conflict do nothing")
        .execute(Tuple.of(event.id(), event.txid()))
        .chain(
            marked -> {
              if (marked.rowCount() == 0) {
                return Uni.createFrom().item(-1);
              }
              Addressing to = Addressing.of(event.payload());
              if (!to.addressesAnyone()) {
                return Uni.createFrom().item(0);
              }
              return recipients(c, to)
                  .chain(devices -> write(c, event, planner.plan(event, devices, Instant.now())));
            });
  }

  private Uni<List<Recipient>> recipients(SqlConnection c, Addressing to) {
    return c.preparedQuery(RECIPIENTS)
        .execute(Tuple.tuple().addArrayOfUUID(to.everyone().toArray(UUID[]::new)))
        .map(this::toRecipients);
  }

  private List<Recipient> toRecipients(RowSet<Row> rows) {
    List<Recipient> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          new Recipient(
              r.getUUID("id"),
              r.getUUID("user_id"),
              preferences.of(
                  r.getString("locale"),
                  r.getString("time_zone"),
                  r.getLocalTime("quiet_start"),
                  r.getLocalTime("quiet_end"))));
    }
    return out;
  }

  private Uni<Integer> write(SqlConnection c, OutboxEvent event, List<PlannedDelivery> planned) {
    if (planned.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    List<Tuple> batch = new ArrayList<>();
    for (PlannedDelivery d : planned) {
      batch.add(
          Tuple.from(
              new Object[] {
                UUID.randomUUID(),
                event.id(),
                d.deviceId(),
                d.userId(),
                d.kind().name(),
                d.urgent(),
                d.title(),
                d.body(),
                toJson(d),
                d.notBefore() == null ? null : d.notBefore().atOffset(ZoneOffset.UTC)
              }));
    }
    return c.preparedQuery(INSERT).executeBatch(batch).replaceWith(planned.size());
  }

  private String toJson(PlannedDelivery d) {
    try {
      return json.writeValueAsString(d.data());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("delivery data is not serialisable", e);
    }
  }
}
