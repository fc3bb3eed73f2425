package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import java.time.ZoneId;
import java.util.UUID;

/** Parsing of optional GraphQL arguments, failing with VALIDATION_FAILED naming the field. */
final class Inputs {
  private Inputs() {}

  /** The id, or null when the argument is absent. */
  static UUID id(String field, String value) {
    return value == null ? null : Ids.parse(field, value);
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw ApiException.invalid(field, field + " is required");
    }
    return value;
  }

  static ZoneId zone(String value) {
    if (value == null) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(value);
    } catch (RuntimeException e) {
      throw ApiException.invalid("timeZone", "timeZone must be an IANA zone such as Europe/London");
    }
  }
}
