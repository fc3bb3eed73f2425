package io.fieldline.contract.pricing;

import static io.fieldline.contract.pricing.PriceBookKind.CUSTOMER;
import static io.fieldline.contract.pricing.PriceBookKind.SEGMENT;
import static io.fieldline.contract.pricing.PricingScenario.book;
import static io.fieldline.contract.pricing.PricingScenario.dec;
import static io.fieldline.contract.pricing.PricingScenario.standardBook;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceResolverTest {

  private final Quote quote =
      PricingScenario.baseline().quote().withCustomer("ACME", List.of("RETAIL", "HEALTHCARE"));

  @Test
  void customerBeatsSegmentBeatsStandard() {
    List<PriceBook> books =
        List.of(
            standardBook("std", "EUR", "WIDGET", "100.00", "HOUR", "80.00", "BOOK", "20.00"),
            book(SEGMENT, "seg", "RETAIL", "EUR", "WIDGET", "95.00", "HOUR", "78.00"),
            book(CUSTOMER, "cust", "ACME", "EUR", "WIDGET", "90.00"));

    assertThat(bookFor(books, "WIDGET")).isEqualTo("cust");
    assertThat(bookFor(books, "HOUR")).isEqualTo("seg");
    assertThat(bookFor(books, "BOOK")).isEqualTo("std");
  }

  @Test
  void aCustomerPriceAboveTheStandardPriceStillWins() {
    List<PriceBook> books =
        List.of(
            standardBook("std", "EUR", "WIDGET", "100.00"),
            book(CUSTOMER, "cust", "ACME", "EUR", "WIDGET", "120.00"));

    assertThat(PriceResolver.resolve(books, quote, "WIDGET").orElseThrow().unitPrice())
        .isEqualByComparingTo("120.00");
  }

  @Test
  void otherAccountsAndSegmentsNeverApply() {
    List<PriceBook> books =
        List.of(
            standardBook("std", "EUR", "WIDGET", "100.00"),
            book(CUSTOMER, "cust-other", "OTHER", "EUR", "WIDGET", "50.00"),
            book(SEGMENT, "seg-public", "PUBLIC", "EUR", "WIDGET", "60.00"));

    assertThat(bookFor(books, "WIDGET")).isEqualTo("std");
  }

  @Test
  void segmentTieBreakIsLowestPriceThenIdWhateverTheInputOrder() {
    List<PriceBook> books =
        new ArrayList<>(
            List.of(
                standardBook("std", "EUR", "WIDGET", "100.00", "HOUR", "80.00"),
                book(SEGMENT, "seg-b", "HEALTHCARE", "EUR", "WIDGET", "92.00", "HOUR", "78.00"),
                book(SEGMENT, "seg-a", "RETAIL", "EUR", "WIDGET", "95.00", "HOUR", "78.00"),
                book(SEGMENT, "seg-c", "RETAIL", "EUR", "HOUR", "78.0")));
    Random random = new Random(42);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(books, random);
      List<String> segments = new ArrayList<>(quote.segmentIds());
      Collections.shuffle(segments, random);
      Quote shuffled = quote.withCustomer("ACME", segments);

      assertThat(PriceResolver.resolve(books, shuffled, "WIDGET").orElseThrow().book().id())
          .isEqualTo("seg-b");
      assertThat(PriceResolver.resolve(books, shuffled, "HOUR").orElseThrow().book().id())
          .as("78.00 and 78.0 are the same price")
          .isEqualTo("seg-a");
    }
  }

  @Test
  void validFromIsInclusiveAndValidToExclusive() {
    LocalDate date = quote.pricingDate();
    PriceBook endsToday = dated("ends-today", date.minusDays(30), date);
    PriceBook startsToday = dated("starts-today", date, null);
    PriceBook startsTomorrow = dated("starts-tomorrow", date.plusDays(1), null);
    PriceBook endsTomorrow = dated("ends-tomorrow", date.minusDays(30), date.plusDays(1));

    assertThat(endsToday.validOn(date)).isFalse();
    assertThat(endsToday.validOn(date.minusDays(1))).isTrue();
    assertThat(startsToday.validOn(date)).isTrue();
    assertThat(startsTomorrow.validOn(date)).isFalse();
    assertThat(endsTomorrow.validOn(date)).isTrue();
    assertThat(PriceResolver.resolve(List.of(endsToday, startsTomorrow), quote, "WIDGET"))
        .isEmpty();
  }

  @Test
  void booksInAnotherCurrencyAreNotCandidates() {
    List<PriceBook> books =
        List.of(
            standardBook("std-eur", "EUR", "WIDGET", "100.00"),
            book(CUSTOMER, "cust-usd", "ACME", "USD", "WIDGET", "80.00"));

    assertThat(bookFor(books, "WIDGET")).isEqualTo("std-eur");
    assertThat(PriceResolver.resolve(books, quote.withCurrency("USD"), "HOUR")).isEmpty();
    assertThat(PriceResolver.pricedInOtherCurrency(books, quote.withCurrency("GBP"), "WIDGET"))
        .isTrue();
    assertThat(PriceResolver.pricedInOtherCurrency(books, quote, "HOUR")).isFalse();
  }

  private String bookFor(List<PriceBook> books, String productId) {
    return PriceResolver.resolve(books, quote, productId).orElseThrow().book().id();
  }

  private static PriceBook dated(String id, LocalDate from, LocalDate to) {
    return new PriceBook(
        id, CUSTOMER, "ACME", "EUR", from, to, java.util.Map.of("WIDGET", dec("90.00")));
  }
}
