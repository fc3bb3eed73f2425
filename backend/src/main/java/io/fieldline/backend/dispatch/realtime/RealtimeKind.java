package io.fieldline.backend.dispatch.realtime;

/** The real-time changes a dispatcher applies to the day's plan. */
public enum RealtimeKind {
  /** An open work order must be done today, from {@code at}. */
  URGENT_VISIT,
  /** A technician stops working at {@code at} (sick, van broken down). */
  TECHNICIAN_UNAVAILABLE,
  /** The visit will finish at {@code expectedFinish}; the technician is free later. */
  OVERRUN,
  /** The customer cancelled the visit. */
  CANCELLATION
}
