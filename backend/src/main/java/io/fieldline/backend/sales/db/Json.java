package io.fieldline.backend.sales.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes and reads the small JSON lists kept in jsonb columns (envelope excesses, mismatches). */
@ApplicationScoped
public class Json {
  private final ObjectMapper mapper;

  public Json(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code value} as JSON text. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Not serialisable: " + value.getClass().getSimpleName(), e);
    }
  }

  /** A JSON array as a list of {@code type}; null or empty text gives an empty list. */
  public <T> List<T> list(String text, Class<T> type) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return mapper.readValue(
          text, mapper.getTypeFactory().constructCollectionType(List.class, type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is not a list of " + type.getSimpleName(), e);
    }
  }
}
