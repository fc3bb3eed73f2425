package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Canonical JSON of raw received nodes (keys sorted, numbers normalised, no whitespace) and SHA-256
 * helpers. Used for body hashes of malformed mutations, and for hashing golden files.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The canonical bytes of {@code node}, keeping only {@code members} at the top level. */
  static byte[] canonical(JsonNode node, Set<String> members) {
    return Json.write(gen -> write(gen, node, members));
  }

  /** The canonical text of any JSON document (used to hash golden files). */
  public static String canonical(byte[] json) {
    JsonNode node = Json.parse(json);
    return new String(Json.write(gen -> write(gen, node, null)), StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator gen, JsonNode node, Set<String> onlyMembers)
      throws IOException {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      gen.writeStartObject();
      for (String name : names) {
        if (onlyMembers == null || onlyMembers.contains(name)) {
          gen.writeFieldName(name);
          write(gen, node.get(name), null);
        }
      }
      gen.writeEndObject();
    } else if (node.isArray()) {
      gen.writeStartArray();
      for (JsonNode item : node) {
        write(gen, item, null);
      }
      gen.writeEndArray();
    } else if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      gen.writeNumber(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
    } else if (node.isTextual()) {
      gen.writeString(node.textValue());
    } else if (node.isBoolean()) {
      gen.writeBoolean(node.booleanValue());
    } else {
      ValueJson.write(gen, FieldValue.NULL);
    }
  }
}
