package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.WireToken;
import io.fieldline.sync.model.Values;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Path-aware reads of JSON members. Missing or mistyped members are {@link WireFormatException}s
 * naming the path and the value; unknown members are simply not read (lenient consuming).
 */
final class JsonIn {

  private JsonIn() {}

  static String at(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  static JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new WireFormatException(path, "expected an object but was " + describe(node));
    }
    return node;
  }

  static JsonNode required(JsonNode obj, String member, String path) {
    JsonNode value = obj.get(member);
    if (value == null) {
      throw new WireFormatException(at(path, member), "missing");
    }
    return value;
  }

  static String text(JsonNode obj, String member, String path) {
    JsonNode value = required(obj, member, path);
    if (!value.isTextual()) {
      throw new WireFormatException(
          at(path, member), "expected a string but was " + describe(value));
    }
    return value.textValue();
  }

  static long integer(JsonNode obj, String member, String path) {
    JsonNode value = required(obj, member, path);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new WireFormatException(
          at(path, member), "expected an integer but was " + describe(value));
    }
    return value.longValue();
  }

  static int smallInteger(JsonNode obj, String member, String path) {
    long value = integer(obj, member, path);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new WireFormatException(at(path, member), "out of range: " + value);
    }
    return (int) value;
  }

  static boolean bool(JsonNode obj, String member, String path) {
    JsonNode value = required(obj, member, path);
    if (!value.isBoolean()) {
      throw new WireFormatException(
          at(path, member), "expected a boolean but was " + describe(value));
    }
    return value.booleanValue();
  }

  static UUID uuid(JsonNode obj, String member, String path) {
    String text = text(obj, member, path);
    try {
      return Values.uuid(text, "value");
    } catch (IllegalArgumentException e) {
      throw new WireFormatException(at(path, member), e.getMessage());
    }
  }

  static Instant instant(JsonNode obj, String member, String path) {
    String text = text(obj, member, path);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new WireFormatException(
          at(path, member), "expected an ISO-8601 UTC instant but was '" + text + "'");
    }
  }

  static <E extends Enum<E> & WireToken> E token(
      JsonNode obj, String member, String path, Function<String, E> fromWire) {
    String text = text(obj, member, path);
    try {
      return fromWire.apply(text);
    } catch (IllegalArgumentException e) {
      throw new WireFormatException(at(path, member), e.getMessage());
    }
  }

  /** Reads an array member; an absent member reads as empty when {@code optional}. */
  static <T> List<T> array(
      JsonNode obj,
      String member,
      String path,
      boolean optional,
      BiFunction<JsonNode, String, T> element) {
    JsonNode value = obj.get(member);
    if (value == null && optional) {
      return List.of();
    }
    value = required(obj, member, path);
    if (!value.isArray()) {
      throw new WireFormatException(
          at(path, member), "expected an array but was " + describe(value));
    }
    List<T> out = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      out.add(element.apply(value.get(i), at(path, member) + "[" + i + "]"));
    }
    return out;
  }

  /** Runs a record constructor, turning its validation error into a path-named wire error. */
  static <T> T construct(String path, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new WireFormatException(path, String.valueOf(e.getMessage()));
    }
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    String text = node.toString();
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
  }
}
