package io.fieldline.backend.dispatch.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/** Proposals and progress to and from the job row's JSON columns. */
@ApplicationScoped
public class ProposalCodec {
  private final ObjectMapper json;

  public ProposalCodec(ObjectMapper json) {
    this.json = json;
  }

  public JsonObject write(Object value) {
    try {
      return new JsonObject(json.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  public <T> T read(JsonObject value, Class<T> type) {
    if (value == null) {
      return null;
    }
    try {
      return json.readValue(value.encode(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot decode " + type.getSimpleName(), e);
    }
  }
}
