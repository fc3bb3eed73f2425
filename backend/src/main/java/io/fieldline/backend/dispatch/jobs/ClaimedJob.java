package io.fieldline.backend.dispatch.jobs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A job a worker has leased: what to optimise and for how long. */
public record ClaimedJob(
    UUID tenantId,
    UUID jobId,
    UUID territoryId,
    LocalDate horizonStart,
    LocalDate horizonEnd,
    int timeLimitSeconds,
    int attempt,
    String leaseOwner) {

  public ClaimedJob {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(territoryId, "territoryId");
    Objects.requireNonNull(leaseOwner, "leaseOwner");
  }
}
