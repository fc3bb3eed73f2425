package io.fieldline.backend.service.persistence;

import io.fieldline.backend.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque position in a list ordered by a time and then the id (keyset pagination): the client
 * passes back {@code nextCursor} as {@code after} and gets the rows after that one.
 *
 * @param at the sort time of the last row seen
 * @param id the id of the last row seen
 */
public record Cursor(OffsetDateTime at, UUID id) {

  public String encode() {
    String raw = at + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in {@code value}, or null when absent; VALIDATION_FAILED on {@code after}. */
  public static Cursor decode(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      return new Cursor(
          OffsetDateTime.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw ApiException.invalid("after", "after is not a cursor this API returned");
    }
  }

  /** Page size from {@code first}: default 20, at most 100. */
  public static int pageSize(Integer first) {
    if (first == null) {
      return 20;
    }
    if (first < 1 || first > 100) {
      throw ApiException.invalid("first", "first must be between 1 and 100");
    }
    return first;
  }
}
