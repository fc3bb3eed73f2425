package io.fieldline.backend.service;

/**
 * Where a work order stands. Its visits drive it: scheduling a visit makes it SCHEDULED, travel or
 * arrival IN_PROGRESS, a completed visit COMPLETED; a cancelled or incomplete visit sends it back
 * to OPEN so it can be scheduled again. The desk may cancel an OPEN or SCHEDULED work order.
 */
public enum WorkOrderStatus {
  OPEN,
  SCHEDULED,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED;

  /** Not finished: still counts against its SLA. */
  public boolean isOpen() {
    return this != COMPLETED && this != CANCELLED;
  }
}
