package io.fieldline.backend.sync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON forms the store keeps in jsonb columns: field maps, field versions and writers, stored
 * results (in the wire encoding of a one-result push response) and changes (the wire encoding).
 */
public final class StoreJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StoreJson() {}

  /** A field map as a JSON object. */
  public static ObjectNode fieldsNode(Map<String, FieldValue> fields) {
    ObjectNode node = NODES.objectNode();
    new TreeMap<>(fields).forEach((name, value) -> node.set(name, node(value)));
    return node;
  }

  /** A field value as a JSON tree. */
  public static JsonNode node(FieldValue value) {
    if (value instanceof FieldValue.TextValue text) {
      return NODES.textNode(text.value());
    }
    if (value instanceof FieldValue.NumberValue number) {
      return NODES.numberNode(number.value());
    }
    if (value instanceof FieldValue.BoolValue bool) {
      return NODES.booleanNode(bool.value());
    }
    if (value instanceof FieldValue.ListValue list) {
      ArrayNode array = NODES.arrayNode();
      list.items().forEach(item -> array.add(node(item)));
      return array;
    }
    if (value instanceof FieldValue.ObjectValue object) {
      return fieldsNode(object.members());
    }
    return NODES.nullNode();
  }

  static String fields(Map<String, FieldValue> fields) {
    return fieldsNode(fields).toString();
  }

  static String versions(Map<String, Long> versions) {
    ObjectNode node = NODES.objectNode();
    new TreeMap<>(versions).forEach(node::put);
    return node.toString();
  }

  static String writers(Map<String, String> writers) {
    ObjectNode node = NODES.objectNode();
    new TreeMap<>(writers).forEach(node::put);
    return node.toString();
  }

  /** Parses a stored JSON document with the wire codec's safety limits. */
  public static JsonNode parse(String json) {
    return SyncJson.parseTree(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON object of field values. */
  public static Map<String, FieldValue> readFields(JsonNode node) {
    Map<String, FieldValue> out = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> members = node.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> m = members.next();
      out.put(m.getKey(), SyncJson.toValue(m.getValue()));
    }
    return out;
  }

  static Map<String, Long> readVersions(JsonNode node) {
    Map<String, Long> out = new HashMap<>();
    node.fields().forEachRemaining(m -> out.put(m.getKey(), m.getValue().longValue()));
    return out;
  }

  static Map<String, String> readWriters(JsonNode node) {
    Map<String, String> out = new HashMap<>();
    node.fields().forEachRemaining(m -> out.put(m.getKey(), m.getValue().textValue()));
    return out;
  }

  /** A stored result, kept in the wire encoding so a replay answers exactly what was answered. */
  static String result(MutationResult result) {
    PushResult wrapper =
        new PushResult(ProtocolVersion.CURRENT, List.of(result), new BatchEnd.Complete());
    return new String(SyncJson.encode(wrapper), StandardCharsets.UTF_8);
  }

  static MutationResult readResult(String json) {
    PushResult wrapper =
        (PushResult) SyncJson.decodePushResponse(json.getBytes(StandardCharsets.UTF_8));
    return wrapper.results().get(0);
  }
}
