package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** {@link FieldValue}s and field maps to and from JSON; object keys are written sorted. */
final class ValueJson {

  private ValueJson() {}

  static FieldValue read(JsonNode node, String path) {
    switch (node.getNodeType()) {
      case NULL:
        return FieldValue.NULL;
      case BOOLEAN:
        return FieldValue.of(node.booleanValue());
      case NUMBER:
        return JsonIn.construct(path, () -> FieldValue.of(node.decimalValue()));
      case STRING:
        return FieldValue.of(node.textValue());
      case ARRAY:
        List<FieldValue> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
          items.add(read(node.get(i), path + "[" + i + "]"));
        }
        return FieldValue.list(items);
      case OBJECT:
        return FieldValue.object(readMap(node, path));
      default:
        throw new WireFormatException(path, "unsupported JSON value " + JsonIn.describe(node));
    }
  }

  static Map<String, FieldValue> readMap(JsonNode node, String path) {
    JsonIn.object(node, path);
    Map<String, FieldValue> out = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), read(e.getValue(), JsonIn.at(path, e.getKey())));
    }
    return out;
  }

  static Map<String, FieldValue> readMapMember(JsonNode obj, String member, String path) {
    return readMap(JsonIn.required(obj, member, path), JsonIn.at(path, member));
  }

  static void write(JsonGenerator gen, FieldValue value) throws IOException {
    if (value instanceof FieldValue.NullValue) {
      gen.writeNull();
    } else if (value instanceof FieldValue.BoolValue) {
      gen.writeBoolean(((FieldValue.BoolValue) value).value());
    } else if (value instanceof FieldValue.NumberValue) {
      gen.writeNumber(((FieldValue.NumberValue) value).value());
    } else if (value instanceof FieldValue.TextValue) {
      gen.writeString(((FieldValue.TextValue) value).value());
    } else if (value instanceof FieldValue.ListValue) {
      gen.writeStartArray();
      for (FieldValue item : ((FieldValue.ListValue) value).items()) {
        write(gen, item);
      }
      gen.writeEndArray();
    } else {
      writeMap(gen, ((FieldValue.ObjectValue) value).members());
    }
  }

  static void writeMap(JsonGenerator gen, Map<String, FieldValue> map) throws IOException {
    gen.writeStartObject();
    for (String name : sortedKeys(map)) {
      gen.writeFieldName(name);
      write(gen, map.get(name));
    }
    gen.writeEndObject();
  }

  /** The keys of {@code map} in sorted order (cheaper than copying into a TreeMap). */
  static String[] sortedKeys(Map<String, ?> map) {
    String[] keys = map.keySet().toArray(new String[0]);
    java.util.Arrays.sort(keys);
    return keys;
  }
}
