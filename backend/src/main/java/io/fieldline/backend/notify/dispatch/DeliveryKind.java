package io.fieldline.backend.notify.dispatch;

/** The two kinds of push message one event may cause per device. */
public enum DeliveryKind {
  /** A visible notification (title, body, deep link); may wait for quiet hours to end. */
  NOTICE,
  /** A data-only, collapsible "sync now" message; never held back. */
  SYNC
}
