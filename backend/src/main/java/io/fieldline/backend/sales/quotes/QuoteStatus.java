package io.fieldline.backend.sales.quotes;

import java.util.Map;
import java.util.Set;

/**
 * A quote's state: DRAFT -> PENDING_APPROVAL -> APPROVED -> SENT -> ACCEPTED / REJECTED / EXPIRED.
 * Within the rep's envelope DRAFT goes straight to APPROVED; an approver's rejection ends in
 * REJECTED; an APPROVED quote not sent in time EXPIRES. Only a DRAFT is edited; any later quote is
 * revised (a new DRAFT revision with the same number).
 */
public enum QuoteStatus {
  DRAFT,
  PENDING_APPROVAL,
  APPROVED,
  SENT,
  ACCEPTED,
  REJECTED,
  EXPIRED;

  private static final Map<QuoteStatus, Set<QuoteStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(PENDING_APPROVAL, APPROVED),
          PENDING_APPROVAL, Set.of(APPROVED, REJECTED),
          APPROVED, Set.of(SENT, EXPIRED),
          SENT, Set.of(ACCEPTED, REJECTED, EXPIRED),
          ACCEPTED, Set.of(),
          REJECTED, Set.of(),
          EXPIRED, Set.of());

  /** Whether a quote in this state may move to {@code next}. */
  public boolean canMoveTo(QuoteStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether a new revision may be made from a quote in this state. */
  public boolean revisable() {
    return this == APPROVED || this == SENT || this == REJECTED || this == EXPIRED;
  }
}
