package io.fieldline.backend.dispatch.jobs;

/** Where an optimisation job stands. */
public enum JobStatus {
  /** Waiting for a worker; at most one job per territory runs at a time. */
  QUEUED,
  /** Leased by a service instance, which keeps extending the lease while it solves. */
  RUNNING,
  /** Solved; the proposal waits for a dispatcher to publish it (all or a selection). */
  PROPOSED,
  /** The proposal was applied to the visits in one transaction. */
  PUBLISHED,
  /** Could not be solved (the error says why), or its worker died too often. */
  FAILED,
  /** Cancelled by a dispatcher, or superseded. */
  CANCELLED
}
