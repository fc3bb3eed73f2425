package io.fieldline.backend.notify.dispatch;

import io.fieldline.backend.notify.NotifySettings;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deletes finished deliveries (SENT, FAILED, DROPPED) older than {@code
 * fieldline.notify.retention}, at most once an hour per tenant and instance.
 */
@ApplicationScoped
public class Retention {
  private static final Duration EVERY = Duration.ofHours(1);

  private final Pool pool;
  private final NotifySettings settings;
  private final Map<UUID, Instant> lastRun = new ConcurrentHashMap<>();

  public Retention(Pool pool, NotifySettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  Uni<Void> maybePrune(UUID tenant) {
    Instant now = Instant.now();
    Instant last = lastRun.get(tenant);
    if (last != null && last.plus(EVERY).isAfter(now)) {
      return Uni.createFrom().voidItem();
    }
    lastRun.put(tenant, now);
    return TenantTx.sql(
            pool,
            tenant,
            c ->
                c.preparedQuery(
                        "delete from notification_delivery"
                            + " where state in ('SENT', 'FAILED', 'DROPPED')"
                            + " and updated_at < now() - $1::bigint * interval '1 second'")
                    .execute(Tuple.of(settings.retention().toSeconds())))
        .replaceWithVoid();
  }
}
