package io.fieldline.backend.notify.dispatch;

import com.google.firebase.messaging.Message;
import io.fieldline.backend.notify.push.Push;
import io.fieldline.backend.notify.push.PushClient;
import io.fieldline.backend.notify.push.PushOutcome;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One send round for a tenant: claim due deliveries (one sendEach batch), send them outside any
 * transaction, then record every outcome in one transaction. Dead tokens are deleted from their
 * device (only if the device still holds that token, so a fresh registration survives).
 */
@ApplicationScoped
public class DeliverySender {
  private static final Logger LOG = Logger.getLogger(DeliverySender.class);

  private final Pool pool;
  private final DeliveryStore store;
  private final PushClient push;

  public DeliverySender(Pool pool, DeliveryStore store, PushClient push) {
    this.pool = pool;
    this.store = store;
    this.push = push;
  }

  /** The round's report, and whether it claimed a full batch (more may be due). */
  record Round(RunReport report, boolean full) {}

  Uni<Round> sendRound(UUID tenant) {
    int limit = push.batchSize();
    return store
        .claim(tenant, limit)
        .chain(
            claimed ->
                claimed.isEmpty()
                    ? Uni.createFrom().item(new Round(RunReport.EMPTY, false))
                    : send(tenant, claimed).map(r -> new Round(r, claimed.size() >= limit)));
  }

  private Uni<RunReport> send(UUID tenant, List<Claimed> claimed) {
    List<Claimed> sendable = new ArrayList<>();
    List<Push> pushes = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (Claimed c : claimed) {
      try {
        Message message = c.message();
        sendable.add(c);
        pushes.add(new Push(message, c.attempt()));
      } catch (IllegalArgumentException e) {
        outcomes.add(new Outcome(c, new PushOutcome.Rejected("unsendable: " + e.getMessage())));
      }
    }
    return push.send(pushes)
        .chain(
            results -> {
              for (int i = 0; i < sendable.size(); i++) {
                outcomes.add(new Outcome(sendable.get(i), results.get(i)));
              }
              return TenantTx.sql(pool, tenant, c -> record(c, outcomes));
            });
  }

  private record Outcome(Claimed delivery, PushOutcome result) {}

  private Uni<RunReport> record(SqlConnection c, List<Outcome> outcomes) {
    List<Tuple> sent = new ArrayList<>();
    List<Tuple> dead = new ArrayList<>();
    List<Tuple> deadTokens = new ArrayList<>();
    List<Tuple> retry = new ArrayList<>();
    List<Tuple> failed = new ArrayList<>();
    for (Outcome o : outcomes) {
      UUID id = o.delivery().id();
      PushOutcome result = o.result();
      if (result instanceof PushOutcome.Sent s) {
        sent.add(Tuple.of(id, s.messageId(), o.delivery().token()));
      } else if (result instanceof PushOutcome.TokenInvalid t) {
        dead.add(Tuple.of(id, t.error()));
        deadTokens.add(Tuple.of(o.delivery().deviceId(), o.delivery().token()));
      } else if (result instanceof PushOutcome.RetryLater r) {
        retry.add(Tuple.of(id, r.delay().toMillis(), r.error()));
      } else if (result instanceof PushOutcome.Rejected r) {
        LOG.warnf("Push delivery %s failed for good: %s", id, r.error());
        failed.add(Tuple.of(id, r.error()));
      }
    }
    if (!deadTokens.isEmpty()) {
      LOG.infof("Deleting %d dead push token(s)", deadTokens.size());
    }
    return batch(c, SENT, sent)
        .chain(() -> batch(c, DROP_DEAD, dead))
        .chain(() -> batch(c, DELETE_TOKEN, deadTokens))
        .chain(() -> batch(c, RETRY, retry))
        .chain(() -> batch(c, FAIL, failed))
        .replaceWith(
            new RunReport(0, 0, sent.size(), retry.size(), failed.size(), deadTokens.size()));
  }

  private static Uni<Void> batch(SqlConnection c, String sql, List<Tuple> rows) {
    if (rows.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
  }

  private static final String SENT =
      "update notification_delivery set state = 'SENT', message_id = $2, last_error = null,"
          + " token_hash = sha256(convert_to($3, 'UTF8')), updated_at = now() where id = $1";
  private static final String DROP_DEAD =
      "update notification_delivery set state = 'DROPPED', last_error = $2, updated_at = now()"
          + " where id = $1";
  private static final String DELETE_TOKEN =
      "update device set fcm_token = null, fcm_token_updated_at = now()"
          + " where id = $1 and fcm_token = $2";
  private static final String RETRY =
      "update notification_delivery set state = 'RETRY', last_error = $3, updated_at = now(),"
          + " next_attempt_at = now() + $2::bigint * interval '1 millisecond' where id = $1";
  private static final String FAIL =
      "update notification_delivery set state = 'FAILED', last_error = $2, updated_at = now()"
          + " where id = $1";
}
