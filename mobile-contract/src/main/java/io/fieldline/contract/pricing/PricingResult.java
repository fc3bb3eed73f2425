package io.fieldline.contract.pricing;

import java.util.List;

/** The outcome of {@link PricingEngine#price}: priced, or rejected with every issue found. */
public sealed interface PricingResult {

  /**
   * The quote is valid and priced.
   *
   * @param quote lines and totals
   * @param verdict whether the rep may approve it
   */
  record Priced(PricedQuote quote, EnvelopeVerdict verdict) implements PricingResult {

    /** Validates. */
    public Priced {
      Checks.required(quote, "priced.quote");
      Checks.required(verdict, "priced.verdict");
    }
  }

  /**
   * The quote cannot be priced.
   *
   * @param issues every issue found: quote-level issues first, then line issues in line order;
   *     never empty
   */
  record Rejected(List<PricingIssue> issues) implements PricingResult {

    /** Validates and copies. */
    public Rejected {
      issues = List.copyOf(Checks.required(issues, "rejected.issues"));
      if (issues.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one issue");
      }
    }
  }
}
