package io.fieldline.backend.dispatch.jobs;

import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The optimisation job table as a queue shared by every service instance: claims use {@code FOR
 * UPDATE SKIP LOCKED} and a lease; a worker that stops renewing its lease loses the job to the next
 * recovery sweep. Every state change checks the lease owner, so a worker that lost its lease cannot
 * overwrite the job's outcome.
 */
@ApplicationScoped
public class JobQueue {
  private static final String CLAIM =
      """
      update dispatch_job j
         set status = 'RUNNING', lease_owner = $1, lease_expires_at = now() + make_interval(secs => $2),
             attempts = attempts + 1, started_at = coalesce(started_at, now())
       where j.id = (
         select q.id from dispatch_job q
          where q.status = 'QUEUED'
            and not exists (select 1 from dispatch_job r
                             where r.status = 'RUNNING' and r.territory_id = q.territory_id)
          order by q.created_at
          for update skip locked
          limit 1)
      returning j.id, j.territory_id, j.horizon_start, j.horizon_end, j.time_limit_seconds, j.attempts
      """;

  private final Pool pool;

  public JobQueue(Pool pool) {
    this.pool = pool;
  }

  /** Queues a job; answers its id. */
  public Uni<UUID> submit(
      UUID tenant,
      UUID requestedBy,
      UUID territory,
      LocalDate from,
      LocalDate to,
      int timeLimitSeconds) {
    UUID id = UUID.randomUUID();
    return TenantTx.sql(
        pool,
        tenant,
        c ->
            c.preparedQuery(
                    "insert into dispatch_job (id, territory_id, horizon_start, horizon_end,"
                        + " requested_by, time_limit_seconds) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(id, territory, from, to, requestedBy, timeLimitSeconds))
                .replaceWith(id));
  }

  /**
   * Leases the oldest queued job of a territory that has no running job; empty when none. A
   * concurrent claim of the same territory loses on the unique running-per-territory index and
   * answers empty too.
   */
  public Uni<Optional<ClaimedJob>> claimNext(UUID tenant, String owner, int leaseSeconds) {
    return TenantTx.sql(
            pool,
            tenant,
            c ->
                c.preparedQuery(CLAIM)
                    .execute(Tuple.of(owner, leaseSeconds))
                    .map(
                        rows ->
                            rows.size() == 0
                                ? Optional.<ClaimedJob>empty()
                                : Optional.of(claimed(tenant, owner, rows.iterator().next()))))
        .onFailure(JobQueue::isUniqueViolation)
        .recoverWithItem(Optional.empty());
  }

  /** Extends the lease and records progress; false when the lease was lost. */
  public Uni<Boolean> heartbeat(ClaimedJob job, int leaseSeconds, JsonObject progress) {
    return update(
        job,
        "lease_expires_at = now() + make_interval(secs => $3), progress = $4",
        Tuple.of(job.jobId(), job.leaseOwner(), leaseSeconds, progress));
  }

  /** Stores the proposal; false when the lease was lost (the outcome is then discarded). */
  public Uni<Boolean> propose(ClaimedJob job, String baseFingerprint, JsonObject proposal) {
    return update(
        job,
        "status = 'PROPOSED', lease_owner = null, lease_expires_at = null, finished_at = now(),"
            + " base_fingerprint = $3, proposal = $4",
        Tuple.of(job.jobId(), job.leaseOwner(), baseFingerprint, proposal));
  }

  /** Marks the job failed with a reason; false when the lease was lost. */
  public Uni<Boolean> fail(ClaimedJob job, String error) {
    return update(
        job,
        "status = 'FAILED', lease_owner = null, lease_expires_at = null, finished_at = now(),"
            + " error = $3",
        Tuple.of(job.jobId(), job.leaseOwner(), error));
  }

  /**
   * Jobs whose worker died (lease expired): back to the queue, or FAILED after {@code maxAttempts}.
   * Answers how many were recovered.
   */
  public Uni<Integer> recoverExpired(UUID tenant, int maxAttempts) {
    return TenantTx.sql(
        pool,
        tenant,
        c ->
            c.preparedQuery(
                    """
                    update dispatch_job set
                      status = case when attempts >= $1 then 'FAILED' else 'QUEUED' end,
                      error = case when attempts >= $1
                        then 'worker stopped ' || attempts || ' times; giving up' else error end,
                      finished_at = case when attempts >= $1 then now() else finished_at end,
                      lease_owner = null, lease_expires_at = null
                     where status = 'RUNNING' and lease_expires_at < now()
                    """)
                .execute(Tuple.of(maxAttempts))
                .map(rows -> rows.rowCount()));
  }

  private Uni<Boolean> update(ClaimedJob job, String assignments, Tuple args) {
    return TenantTx.sql(
        pool,
        job.tenantId(),
        c ->
            c.preparedQuery(
                    "update dispatch_job set "
                        + assignments
                        + " where id = $1 and status = 'RUNNING' and lease_owner = $2")
                .execute(args)
                .map(rows -> rows.rowCount() == 1));
  }

  private static ClaimedJob claimed(UUID tenant, String owner, Row row) {
    return new ClaimedJob(
        tenant,
        row.getUUID("id"),
        row.getUUID("territory_id"),
        row.getLocalDate("horizon_start"),
        row.getLocalDate("horizon_end"),
        row.getInteger("time_limit_seconds"),
        row.getInteger("attempts"),
        owner);
  }

  private static boolean isUniqueViolation(Throwable failure) {
    return failure instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState());
  }
}
