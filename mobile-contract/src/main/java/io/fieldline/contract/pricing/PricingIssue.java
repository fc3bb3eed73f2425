package io.fieldline.contract.pricing;

/**
 * Why a quote cannot be priced: a stable {@link IssueCode} and the offending field, either of the
 * quote or of one line.
 */
public sealed interface PricingIssue {

  /** The stable code. */
  IssueCode code();

  /** The field's name within the quote or the line, e.g. {@code "quantity"}. */
  String field();

  /** A human-readable explanation naming the value; not stable, never parse it. */
  String detail();

  /** The field's path in the quote, e.g. {@code "lines[2].quantity"} or {@code "currency"}. */
  String path();

  /**
   * An issue with one line.
   *
   * @param code the stable code
   * @param line the line's position, from 0
   * @param field the line field, e.g. {@code "productId"}
   * @param detail human-readable explanation
   */
  record LineIssue(IssueCode code, int line, String field, String detail) implements PricingIssue {

    /** Validates. */
    public LineIssue {
      Checks.required(code, "issue.code");
      if (line < 0) {
        throw new IllegalArgumentException("issue.line must not be negative: " + line);
      }
      Checks.id(field, "issue.field");
      Checks.required(detail, "issue.detail");
    }

    @Override
    public String path() {
      return "lines[" + line + "]." + field;
    }
  }

  /**
   * An issue with a quote-level field.
   *
   * @param code the stable code
   * @param field the quote field, e.g. {@code "currency"}
   * @param detail human-readable explanation
   */
  record QuoteIssue(IssueCode code, String field, String detail) implements PricingIssue {

    /** Validates. */
    public QuoteIssue {
      Checks.required(code, "issue.code");
      Checks.id(field, "issue.field");
      Checks.required(detail, "issue.detail");
    }

    @Override
    public String path() {
      return field;
    }
  }
}
