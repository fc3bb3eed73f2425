package io.fieldline.backend.sales.orders;

import java.util.Map;
import java.util.Set;

/**
 * An order's state: PENDING_APPROVAL when an order rule applies (else CONFIRMED at once), then
 * CONFIRMED or REJECTED by the approver; a pending or confirmed order without payments may be
 * CANCELLED. Payments are taken on CONFIRMED orders only.
 */
public enum OrderStatus {
  PENDING_APPROVAL,
  CONFIRMED,
  REJECTED,
  CANCELLED;

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT =
      Map.of(
          PENDING_APPROVAL, Set.of(CONFIRMED, REJECTED, CANCELLED),
          CONFIRMED, Set.of(CANCELLED),
          REJECTED, Set.of(),
          CANCELLED, Set.of());

  /** Whether an order in this state may move to {@code next}. */
  public boolean canMoveTo(OrderStatus next) {
    return NEXT.get(this).contains(next);
  }
}
