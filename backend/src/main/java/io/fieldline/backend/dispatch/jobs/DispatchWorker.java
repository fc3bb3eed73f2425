package io.fieldline.backend.dispatch.jobs;

import io.fieldline.backend.dispatch.DispatchSettings;
import io.fieldline.backend.dispatch.plan.Optimiser;
import io.fieldline.backend.dispatch.plan.Progress;
import io.fieldline.backend.dispatch.plan.Proposal;
import io.fieldline.backend.dispatch.plan.ProposalCodec;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder;
import io.fieldline.backend.dispatch.snapshot.PlanBuilder.Orders;
import io.fieldline.backend.dispatch.snapshot.Snapshot;
import io.fieldline.backend.dispatch.snapshot.SnapshotLoader;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.backend.tenancy.Tenants;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs queued optimisation jobs, one at a time per instance, on its own thread. Every poll it
 * recovers jobs whose worker died (lease expired: queued again, or FAILED after max attempts; this
 * also covers this instance's own jobs after a restart) and leases the next job of a territory that
 * has none running. While solving it extends the lease with each progress report (and at least
 * every third of the lease); a job whose lease was lost is abandoned and its result discarded.
 */
@ApplicationScoped
public class DispatchWorker {
  private static final Logger LOG = Logger.getLogger(DispatchWorker.class);

  private final Pool pool;
  private final Vertx vertx;
  private final JobQueue queue;
  private final SnapshotLoader loader;
  private final ProposalCodec codec;
  private final DispatchSettings settings;
  private final String owner = "worker-" + UUID.randomUUID();
  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicBoolean paused = new AtomicBoolean();
  private final ExecutorService solverThread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "dispatch-solver");
            t.setDaemon(true);
            return t;
          });
  private long timer = -1;

  public DispatchWorker(
      Pool pool,
      Vertx vertx,
      JobQueue queue,
      SnapshotLoader loader,
      ProposalCodec codec,
      DispatchSettings settings) {
    this.pool = pool;
    this.vertx = vertx;
    this.queue = queue;
    this.loader = loader;
    this.codec = codec;
    this.settings = settings;
  }

  void start(@Observes StartupEvent event) {
    if (settings.workerEnabled()) {
      timer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> poll());
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    solverThread.shutdownNow();
  }

  /** This instance's lease owner name. */
  public String owner() {
    return owner;
  }

  /**
   * Stops leasing new jobs in this instance (for maintenance, and for tests that drive the queue by
   * hand) and waits up to {@code timeout} for the job in hand to finish; answers whether idle.
   */
  public boolean pause(Duration timeout) throws InterruptedException {
    paused.set(true);
    long until = System.nanoTime() + timeout.toNanos();
    while (busy.get() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    return !busy.get();
  }

  /** Leases jobs again after {@link #pause}. */
  public void resume() {
    paused.set(false);
  }

  /** One poll: recover expired leases everywhere, then lease and start a job if idle. */
  public void poll() {
    if (paused.get() || !busy.compareAndSet(false, true)) {
      return;
    }
    if (paused.get()) {
      busy.set(false);
      return;
    }
    tenants()
        .chain(this::recoverAndClaim)
        .subscribe()
        .with(
            claimed -> {
              if (claimed.isPresent()) {
                solverThread.execute(() -> run(claimed.get()));
              } else {
                busy.set(false);
              }
            },
            failure -> {
              LOG.warnf(failure, "Dispatch job poll failed");
              busy.set(false);
            });
  }

  private Uni<Optional<ClaimedJob>> recoverAndClaim(List<UUID> tenants) {
    Uni<Optional<ClaimedJob>> chain = Uni.createFrom().item(Optional.empty());
    for (UUID tenant : tenants) {
      chain =
          chain.chain(
              found ->
                  found.isPresent()
                      ? Uni.createFrom().item(found)
                      : queue
                          .recoverExpired(tenant, settings.maxAttempts())
                          .chain(() -> queue.claimNext(tenant, owner, settings.leaseSeconds())));
    }
    return chain;
  }

  private void run(ClaimedJob job) {
    AtomicReference<JsonObject> lastProgress = new AtomicReference<>(new JsonObject());
    AtomicBoolean lost = new AtomicBoolean();
    long keepAlive =
        vertx.setPeriodic(
            Math.max(500, settings.leaseSeconds() * 1000L / 3),
            id -> heartbeat(job, lastProgress.get(), lost));
    try {
      Snapshot snapshot =
          TenantTx.sql(
                  pool,
                  job.tenantId(),
                  c ->
                      loader.load(
                          c,
                          job.territoryId(),
                          job.horizonStart(),
                          job.horizonEnd(),
                          settings.maxOpenOrders()))
              .await()
              .atMost(Duration.ofSeconds(60));
      var base = PlanBuilder.build(snapshot, Orders.ALL, null, List.of(), false);
      var problem = PlanBuilder.build(snapshot, Orders.ALL, null, List.of(), true);
      long[] lastSent = {0};
      Proposal proposal =
          Optimiser.optimise(
              base,
              problem,
              Duration.ofSeconds(job.timeLimitSeconds()),
              settings.unimprovedLimit(),
              progress -> {
                JsonObject encoded = codec.write(progress);
                lastProgress.set(encoded);
                long now = System.currentTimeMillis();
                if (now - lastSent[0] >= 250) {
                  lastSent[0] = now;
                  heartbeat(job, encoded, lost);
                }
              });
      if (lost.get()) {
        LOG.warnf("Dispatch job %s lost its lease; result discarded", job.jobId());
        return;
      }
      Progress last = codec.read(lastProgress.get(), Progress.class);
      if (last != null) {
        queue
            .heartbeat(job, settings.leaseSeconds(), lastProgress.get())
            .await()
            .atMost(Duration.ofSeconds(30));
      }
      queue
          .propose(job, fingerprint(snapshot), codec.write(proposal))
          .await()
          .atMost(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warnf(e, "Dispatch job %s failed", job.jobId());
      queue
          .fail(job, "Optimisation failed: " + e.getClass().getSimpleName())
          .await()
          .atMost(Duration.ofSeconds(30));
    } finally {
      vertx.cancelTimer(keepAlive);
      busy.set(false);
    }
  }

  private void heartbeat(ClaimedJob job, JsonObject progress, AtomicBoolean lost) {
    queue
        .heartbeat(job, settings.leaseSeconds(), progress)
        .subscribe()
        .with(
            kept -> {
              if (!kept) {
                lost.set(true);
              }
            },
            failure -> LOG.debugf("Heartbeat of %s failed: %s", job.jobId(), failure));
  }

  /** Visit ids and versions of the snapshot: what the plan was computed from. */
  private static String fingerprint(Snapshot snapshot) {
    StringBuilder text = new StringBuilder();
    snapshot.visits().forEach(v -> text.append(v.id()).append(':').append(v.version()).append(';'));
    snapshot
        .openOrders()
        .forEach(o -> text.append(o.id()).append(':').append(o.version()).append(';'));
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Uni<List<UUID>> tenants() {
    return Tenants.ids(pool);
  }
}
