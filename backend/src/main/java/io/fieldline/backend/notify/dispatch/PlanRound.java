package io.fieldline.backend.notify.dispatch;

/**
 * One planning transaction of one tenant.
 *
 * @param busy another instance holds the tenant's cursor; nothing was done
 * @param more the round was full; more events may be waiting
 * @param events events planned (first time seen)
 * @param deliveries delivery rows written
 */
record PlanRound(boolean busy, boolean more, int events, int deliveries) {
  static final PlanRound BUSY = new PlanRound(true, false, 0, 0);
}
