package io.fieldline.backend.error;

import java.util.UUID;

/**
 * Parses record ids from API input, answering VALIDATION_FAILED (naming the field) when malformed.
 */
public final class Ids {
  private Ids() {}

  public static UUID parse(String field, String value) {
    if (value == null) {
      throw ApiException.invalid(field, field + " is required");
    }
    try {
      UUID id = UUID.fromString(value);
      if (!id.toString().equalsIgnoreCase(value)) {
        throw new IllegalArgumentException(value);
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field, field + " must be a UUID, got '" + value + "'");
    }
  }
}
