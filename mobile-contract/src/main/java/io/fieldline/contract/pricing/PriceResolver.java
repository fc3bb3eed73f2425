package io.fieldline.contract.pricing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a product's list price for a quote.
 *
 * <p>A price book is a candidate when it is valid on the quote's pricing date, is in the quote's
 * currency, lists the product and applies to the quote: a CUSTOMER book owned by the quote's
 * account, a SEGMENT book owned by one of the account's segments, or a STANDARD book. Expired and
 * not-yet-valid books are ignored. The candidates of the first kind in {@link PriceBookKind} order
 * (customer, segment, standard) win; among several candidates of that kind (typically an account in
 * two segments with their own books) the <b>lowest unit price</b> wins, and between equal prices
 * the price book id that sorts first ({@link String#compareTo}). The rule depends only on the
 * catalog, not on the order of books or segment ids, so phone and server agree.
 */
public final class PriceResolver {

  private static final Comparator<ResolvedPrice> TIE_BREAK =
      Comparator.comparing(ResolvedPrice::unitPrice)
          .thenComparing(resolved -> resolved.book().id());

  private PriceResolver() {}

  /** The winning price, or empty if no candidate lists the product. */
  public static Optional<ResolvedPrice> resolve(
      List<PriceBook> books, Quote quote, String productId) {
    for (PriceBookKind kind : PriceBookKind.values()) {
      Optional<ResolvedPrice> best =
          books.stream()
              .filter(book -> book.kind() == kind && book.currency().equals(quote.currency()))
              .filter(book -> appliesTo(book, quote))
              .flatMap(
                  book -> book.unitPrice(productId).map(p -> new ResolvedPrice(book, p)).stream())
              .min(TIE_BREAK);
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a price book that applies to the quote on its date lists the product in another
   * currency (which makes a missing price a currency mismatch).
   */
  static boolean pricedInOtherCurrency(List<PriceBook> books, Quote quote, String productId) {
    return books.stream()
        .filter(book -> !book.currency().equals(quote.currency()))
        .anyMatch(book -> appliesTo(book, quote) && book.unitPrice(productId).isPresent());
  }

  private static boolean appliesTo(PriceBook book, Quote quote) {
    if (!book.validOn(quote.pricingDate())) {
      return false;
    }
    return switch (book.kind()) {
      case CUSTOMER -> book.ownerId().equals(quote.accountId());
      case SEGMENT -> quote.segmentIds().contains(book.ownerId());
      case STANDARD -> true;
    };
  }
}
