package io.fieldline.backend.service.service;

import io.fieldline.backend.notify.dispatch.NotificationDispatcher;
import io.fieldline.backend.service.ServiceSettings;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.backend.tenancy.Tenants;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The periodic SLA check: every {@code fieldline.service.sla-monitor-interval}, one transaction per
 * tenant runs {@link SlaGuard#flagAtRisk} over the whole tenant (horizon {@code sla-horizon-hours})
 * and wakes the notification dispatcher for the tenants with new events. Any number of instances
 * may run it: the flag is set by a conditional update, so each work order is raised once. One
 * tenant's failure does not stop the others.
 */
@ApplicationScoped
public class SlaMonitor {
  private static final Logger LOG = Logger.getLogger(SlaMonitor.class);

  private final Pool pool;
  private final Vertx vertx;
  private final ServiceSettings settings;
  private final SlaGuard guard;
  private final NotificationDispatcher notifications;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile long timer = -1;

  public SlaMonitor(
      Pool pool,
      Vertx vertx,
      ServiceSettings settings,
      SlaGuard guard,
      NotificationDispatcher notifications) {
    this.pool = pool;
    this.vertx = vertx;
    this.settings = settings;
    this.guard = guard;
    this.notifications = notifications;
  }

  void start(@Observes StartupEvent event) {
    long every = settings.slaMonitorInterval().toMillis();
    if (every > 0) {
      timer = vertx.setPeriodic(every, id -> tick());
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  private void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    runAll()
        .subscribe()
        .with(
            flagged -> running.set(false),
            failure -> {
              LOG.warnf(failure, "SLA monitor run failed");
              running.set(false);
            });
  }

  /** One run over every tenant; completes with the number of work orders flagged. */
  public Uni<Integer> runAll() {
    return Tenants.ids(pool)
        .chain(
            tenants ->
                Multi.createFrom()
                    .iterable(tenants)
                    .onItem()
                    .transformToUniAndConcatenate(this::runTenant)
                    .collect()
                    .with(Collectors.summingInt(Integer::intValue)));
  }

  /** One run over {@code tenant}; completes with the number of work orders flagged. */
  public Uni<Integer> runTenant(UUID tenant) {
    return TenantTx.sql(
            pool, tenant, c -> guard.flagAtRisk(c, settings.slaHorizonHours(), null, null))
        .map(
            flagged -> {
              if (!flagged.isEmpty()) {
                notifications.wake(tenant);
              }
              return flagged.size();
            })
        .onFailure()
        .recoverWithItem(
            failure -> {
              LOG.warnf(failure, "SLA monitor failed for tenant %s", tenant);
              return 0;
            });
  }
}
