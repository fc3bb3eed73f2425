package io.fieldline.contract.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Field maps and versions as JSON text in the local store, through the protocol's value codec. */
final class FieldsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FieldsJson() {}

  static String fields(Map<String, FieldValue> fields) {
    return text(SyncJson.toTree(FieldValue.object(new TreeMap<>(fields))));
  }

  static Map<String, FieldValue> fields(String json) {
    FieldValue value = SyncJson.toValue(SyncJson.parseTree(json.getBytes(StandardCharsets.UTF_8)));
    return new LinkedHashMap<>(((FieldValue.ObjectValue) value).members());
  }

  static String versions(Map<String, Long> versions) {
    return text(MAPPER.valueToTree(new TreeMap<>(versions)));
  }

  static Map<String, Long> versions(String json) {
    Map<String, Long> out = new TreeMap<>();
    SyncJson.parseTree(json.getBytes(StandardCharsets.UTF_8))
        .fields()
        .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  static String value(FieldValue value) {
    return text(SyncJson.toTree(value));
  }

  static FieldValue value(String json) {
    return SyncJson.toValue(SyncJson.parseTree(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
