package io.fieldline.backend.notify.dispatch;

/**
 * What a dispatcher run did (summed over tenants and rounds).
 *
 * @param events events planned for the first time
 * @param planned delivery rows written
 * @param sent messages FCM accepted
 * @param retried messages to try again later
 * @param failed messages failed for good
 * @param tokensDeleted device tokens removed (UNREGISTERED, SENDER_ID_MISMATCH)
 */
public record RunReport(
    int events, int planned, int sent, int retried, int failed, int tokensDeleted) {
  public static final RunReport EMPTY = new RunReport(0, 0, 0, 0, 0, 0);

  public RunReport plus(RunReport o) {
    return new RunReport(
        events + o.events,
        planned + o.planned,
        sent + o.sent,
        retried + o.retried,
        failed + o.failed,
        tokensDeleted + o.tokensDeleted);
  }

  public boolean idle() {
    return equals(EMPTY);
  }
}
