package io.fieldline.backend.sales.quotes;

import org.eclipse.microprofile.graphql.Input;

/** Filters of the quote list; every given filter must hold. */
@Input("QuoteFilter")
public record QuoteFilter(
    QuoteStatus status,
    String accountId,
    String opportunityId,
    String ownerUserId,
    Boolean includeSuperseded,
    Boolean totalsCorrected) {

  /** Sort keys of the quote list. */
  public enum QuoteSort {
    CREATED_AT,
    NUMBER,
    GRAND_TOTAL,
    VALID_UNTIL
  }
}
