package io.fieldline.backend.notify.dispatch;

import io.fieldline.backend.identity.firebase.FirebaseClient;
import io.fieldline.backend.notify.NotifySettings;
import io.fieldline.backend.tenancy.Tenants;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Turns the domain-event outbox into push messages. Each tenant's work is planning (outbox to
 * delivery rows, {@link OutboxConsumer}) then sending the due deliveries ({@link DeliverySender}).
 * Runs are triggered by {@link #wake(UUID)} (call it after a transaction that appended events
 * commits), and by a sweep of every tenant each poll interval, which also picks up retries, notices
 * deferred by quiet hours, and work left by a stopped instance. Safe with any number of instances:
 * the cursor row and due deliveries are claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class NotificationDispatcher {
  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
  private static final int MAX_ROUNDS = 20;
  private static final java.time.Duration BUSY_WAIT = java.time.Duration.ofMillis(100);

  private final Pool pool;
  private final Vertx vertx;
  private final NotifySettings settings;
  private final FirebaseClient firebase;
  private final OutboxConsumer outbox;
  private final DeliverySender sender;
  private final Retention retention;

  private final AtomicBoolean running = new AtomicBoolean();
  private final Set<UUID> woken = ConcurrentHashMap.newKeySet();
  private volatile boolean sweepWanted;
  private volatile long timer = -1;

  public NotificationDispatcher(
      Pool pool,
      Vertx vertx,
      NotifySettings settings,
      FirebaseClient firebase,
      OutboxConsumer outbox,
      DeliverySender sender,
      Retention retention) {
    this.pool = pool;
    this.vertx = vertx;
    this.settings = settings;
    this.firebase = firebase;
    this.outbox = outbox;
    this.sender = sender;
    this.retention = retention;
  }

  void start(@Observes StartupEvent event) {
    if (settings.lease().compareTo(settings.sendTimeout()) <= 0) {
      throw new IllegalStateException("fieldline.notify.lease must be longer than send-timeout");
    }
    if (active()) {
      timer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> wake());
      wake();
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  /** True when this instance dispatches (notify and Firebase both enabled). */
  public boolean active() {
    return settings.enabled() && firebase.enabled();
  }

  /** Runs every tenant soon (in the background). */
  public void wake() {
    sweepWanted = true;
    kick();
  }

  /** Runs {@code tenant} soon (in the background); call after committing events for it. */
  public void wake(UUID tenant) {
    woken.add(tenant);
    kick();
  }

  private void kick() {
    if (!active() || !running.compareAndSet(false, true)) {
      return;
    }
    Uni<RunReport> work;
    if (sweepWanted) {
      sweepWanted = false;
      woken.clear();
      work = runOnce();
    } else {
      List<UUID> tenants = new ArrayList<>(woken);
      woken.removeAll(tenants);
      work = runTenants(tenants);
    }
    work.subscribe()
        .with(
            report -> {
              if (!report.idle()) {
                LOG.debugf("Notification run: %s", report);
              }
              finished();
            },
            failure -> {
              LOG.warnf(failure, "Notification dispatch run failed");
              finished();
            });
  }

  private void finished() {
    running.set(false);
    if (sweepWanted || !woken.isEmpty()) {
      kick();
    }
  }

  /** One run over every tenant, now; completes when done. Safe next to background runs. */
  public Uni<RunReport> runOnce() {
    return Tenants.ids(pool).chain(this::runTenants);
  }

  private Uni<RunReport> runTenants(List<UUID> tenants) {
    return Multi.createFrom()
        .iterable(tenants)
        .onItem()
        .transformToUniAndConcatenate(
            tenant ->
                runTenant(tenant)
                    .onFailure()
                    .recoverWithItem(
                        failure -> {
                          LOG.warnf(failure, "Notification dispatch failed for tenant %s", tenant);
                          return RunReport.EMPTY;
                        }))
        .collect()
        .with(java.util.stream.Collectors.reducing(RunReport.EMPTY, RunReport::plus));
  }

  /**
   * Plans the tenant's new events, then sends what is due, each up to a bounded number of rounds.
   */
  public Uni<RunReport> runTenant(UUID tenant) {
    return plan(tenant, 0, RunReport.EMPTY)
        .chain(planned -> send(tenant, 0, planned))
        .call(() -> retention.maybePrune(tenant));
  }

  private Uni<RunReport> plan(UUID tenant, int round, RunReport sofar) {
    return outbox
        .planRound(tenant)
        .chain(
            r -> {
              if (r.busy() && round + 1 < MAX_ROUNDS) {
                // another round (another instance, or the background run) holds the cursor and
                // may have taken its snapshot before our caller's events committed: wait for it,
                // so a run started after a commit plans that commit's events
                return Uni.createFrom()
                    .voidItem()
                    .onItem()
                    .delayIt()
                    .by(BUSY_WAIT)
                    .chain(() -> plan(tenant, round + 1, sofar));
              }
              RunReport total = sofar.plus(new RunReport(r.events(), r.deliveries(), 0, 0, 0, 0));
              return r.more() && round + 1 < MAX_ROUNDS
                  ? plan(tenant, round + 1, total)
                  : Uni.createFrom().item(total);
            });
  }

  private Uni<RunReport> send(UUID tenant, int round, RunReport sofar) {
    return sender
        .sendRound(tenant)
        .chain(
            r -> {
              RunReport total = sofar.plus(r.report());
              return r.full() && round + 1 < MAX_ROUNDS
                  ? send(tenant, round + 1, total)
                  : Uni.createFrom().item(total);
            });
  }
}
