package io.fieldline.backend.dispatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job table as a queue across instances: exclusive claims, leases, recovery. */
@QuarkusTest
class JobQueueTest {
  private static final UUID ACME = DemoIdentity.ACME.id();
  private static final UUID DISPATCHER = DemoIdentity.userId(DemoIdentity.ACME, "dispatcher");
  private static final UUID NE1 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-1");
  private static final UUID NE2 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-2");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Inject JobQueue queue;
  @Inject DispatchWorker worker;
  @Inject Pool pool;

  @org.junit.jupiter.api.AfterEach
  void resumeWorker() {
    worker.resume();
  }

  @BeforeEach
  void pauseWorker() throws InterruptedException {
    assertThat(worker.pause(java.time.Duration.ofSeconds(60))).isTrue();
  }

  @BeforeEach
  void emptyQueue() {
    TenantTx.sql(
            pool,
            ACME,
            c ->
                c.query(
                        "update dispatch_job set status = 'CANCELLED', lease_owner = null,"
                            + " lease_expires_at = null where status in ('QUEUED', 'RUNNING')")
                    .execute())
        .await()
        .indefinitely();
  }

  private UUID submit(UUID territory) {
    return queue.submit(ACME, DISPATCHER, territory, DAY, DAY, 30).await().indefinitely();
  }

  private Optional<ClaimedJob> claim(String owner, int leaseSeconds) {
    return queue.claimNext(ACME, owner, leaseSeconds).await().indefinitely();
  }

  @Test
  void concurrentClaimsLeaseAJobToExactlyOneWorker() {
    UUID job = submit(NE1);
    List<Uni<Optional<ClaimedJob>>> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      claims.add(queue.claimNext(ACME, "worker-" + i, 30));
    }
    List<Optional<ClaimedJob>> results =
        Uni.join().all(claims).andFailFast().await().indefinitely();
    List<ClaimedJob> won = results.stream().flatMap(Optional::stream).toList();
    assertThat(won).hasSize(1);
    assertThat(won.get(0).jobId()).isEqualTo(job);
    assertThat(row(job).getString("status")).isEqualTo("RUNNING");
  }

  @Test
  void atMostOneJobRunsPerTerritory() {
    UUID first = submit(NE1);
    UUID second = submit(NE1);
    UUID other = submit(NE2);
    assertThat(claim("w1", 30)).map(ClaimedJob::jobId).contains(first);
    assertThat(claim("w2", 30)).map(ClaimedJob::jobId).contains(other);
    assertThat(claim("w3", 30)).isEmpty();
    ClaimedJob running = new ClaimedJob(ACME, first, NE1, DAY, DAY, 30, 1, "w1");
    assertThat(
            queue.propose(running, "fp", new JsonObject().put("moves", 3)).await().indefinitely())
        .isTrue();
    assertThat(claim("w3", 30)).map(ClaimedJob::jobId).contains(second);
  }

  @Test
  void expiredLeaseIsRequeuedThenFailedAfterMaxAttempts() {
    UUID job = submit(NE1);
    assertThat(claim("dies-1", 0)).isPresent();
    assertThat(queue.recoverExpired(ACME, 2).await().indefinitely()).isEqualTo(1);
    assertThat(row(job).getString("status")).isEqualTo("QUEUED");
    Optional<ClaimedJob> again = claim("dies-2", 0);
    assertThat(again).map(ClaimedJob::attempt).contains(2);
    assertThat(queue.recoverExpired(ACME, 2).await().indefinitely()).isEqualTo(1);
    Row failed = row(job);
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getString("error")).contains("giving up");
  }

  @Test
  void aWorkerThatLostItsLeaseCannotWriteTheOutcome() {
    UUID job = submit(NE1);
    ClaimedJob stale = claim("slow", 0).orElseThrow();
    queue.recoverExpired(ACME, 5).await().indefinitely();
    ClaimedJob fresh = claim("fresh", 30).orElseThrow();
    assertThat(queue.propose(stale, "fp", new JsonObject()).await().indefinitely()).isFalse();
    assertThat(queue.heartbeat(stale, 30, new JsonObject()).await().indefinitely()).isFalse();
    assertThat(
            queue
                .heartbeat(fresh, 30, new JsonObject().put("best", "0hard"))
                .await()
                .indefinitely())
        .isTrue();
    Row row = row(job);
    assertThat(row.getString("status")).isEqualTo("RUNNING");
    assertThat(row.getString("lease_owner")).isEqualTo("fresh");
    assertThat(row.getJsonObject("proposal")).isNull();
  }

  @Test
  void anotherTenantCannotClaimTheJob() {
    submit(NE1);
    assertThat(queue.claimNext(DemoIdentity.GLOBEX.id(), "intruder", 30).await().indefinitely())
        .isEmpty();
    assertThat(claim("owner", 30)).isPresent();
  }

  private Row row(UUID job) {
    return TenantTx.sql(
            pool,
            ACME,
            c -> c.preparedQuery("select * from dispatch_job where id = $1").execute(Tuple.of(job)))
        .await()
        .indefinitely()
        .iterator()
        .next();
  }
}
