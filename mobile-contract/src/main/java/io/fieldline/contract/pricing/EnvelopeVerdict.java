package io.fieldline.contract.pricing;

import java.util.List;

/**
 * Whether a priced quote lies within the rep's {@link DiscountEnvelope}. The backend's approval
 * rules pick approvers from the exceeded limits.
 */
public sealed interface EnvelopeVerdict {

  /** The wire token: {@code APPROVABLE_BY_REP} or {@code NEEDS_APPROVAL}. */
  String wire();

  /** Within every limit: the rep may approve the quote on the spot. */
  record ApprovableByRep() implements EnvelopeVerdict {
    @Override
    public String wire() {
      return "APPROVABLE_BY_REP";
    }
  }

  /**
   * Above at least one limit.
   *
   * @param exceeded every exceeded limit: line limits in line order, then the quote limit, then the
   *     total limit; never empty
   */
  record NeedsApproval(List<LimitExceeded> exceeded) implements EnvelopeVerdict {

    /** Validates and copies. */
    public NeedsApproval {
      exceeded = List.copyOf(Checks.required(exceeded, "exceeded"));
      if (exceeded.isEmpty()) {
        throw new IllegalArgumentException("needing approval requires an exceeded limit");
      }
    }

    @Override
    public String wire() {
      return "NEEDS_APPROVAL";
    }
  }
}
