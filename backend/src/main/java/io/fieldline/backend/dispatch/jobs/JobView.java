package io.fieldline.backend.dispatch.jobs;

import io.fieldline.backend.dispatch.plan.Progress;
import io.fieldline.backend.dispatch.plan.Proposal;
import java.time.OffsetDateTime;

/** An optimisation or real-time job as the board shows it. */
public record JobView(
    String id,
    String territoryId,
    String horizonStart,
    String horizonEnd,
    String kind,
    JobStatus status,
    int attempts,
    Progress progress,
    Proposal proposal,
    String error,
    OffsetDateTime createdAt,
    OffsetDateTime finishedAt,
    OffsetDateTime publishedAt) {

  public boolean finished() {
    return status != JobStatus.QUEUED && status != JobStatus.RUNNING;
  }
}
