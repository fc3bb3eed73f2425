package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import java.util.OptionalInt;

/**
 * The JSON codec of the sync messages (UTF-8). Encoding is canonical: documented members in a fixed
 * order, map keys sorted, numbers in plain notation, no whitespace. Decoding ignores unknown
 * members and rejects unknown wire tokens, wrong types, duplicate keys and nesting deeper than 64
 * with a {@link WireFormatException} naming the path and value (R2).
 */
public final class SyncJson {

  private SyncJson() {}

  /** Encodes a push request. */
  public static byte[] encode(PushRequest request) {
    return Json.write(gen -> PushJson.writeRequest(gen, request));
  }

  /** Encodes a push response. */
  public static byte[] encode(PushResponse response) {
    return Json.write(gen -> PushJson.writeResponse(gen, response));
  }

  /** Encodes a pull request. */
  public static byte[] encode(PullRequest request) {
    return Json.write(gen -> PullJson.writeRequest(gen, request));
  }

  /** Encodes a pull response. */
  public static byte[] encode(PullResponse response) {
    return Json.write(gen -> PullJson.writeResponse(gen, response));
  }

  /** Encodes one change (used by tools and vectors). */
  public static byte[] encode(Change change) {
    return Json.write(gen -> ChangeJson.write(gen, change));
  }

  /** Decodes a push request; well-placed but malformed mutations decode as malformed entries. */
  public static PushRequest decodePushRequest(byte[] body) {
    return PushJson.readRequest(Json.parse(body));
  }

  /** Decodes a push response. */
  public static PushResponse decodePushResponse(byte[] body) {
    return PushJson.readResponse(Json.parse(body));
  }

  /** Decodes a pull request. */
  public static PullRequest decodePullRequest(byte[] body) {
    return PullJson.readRequest(Json.parse(body));
  }

  /** Decodes a pull response. */
  public static PullResponse decodePullResponse(byte[] body) {
    return PullJson.readResponse(Json.parse(body));
  }

  /** Decodes one change. */
  public static Change decodeChange(byte[] body) {
    return ChangeJson.read(Json.parse(body), "");
  }

  /** Parses any JSON document into a tree, with the codec's safety limits. */
  public static JsonNode parseTree(byte[] json) {
    return Json.parse(json);
  }

  /** Reads a field value from a JSON tree (used by tools and vectors). */
  public static FieldValue toValue(JsonNode node) {
    return ValueJson.read(node, "");
  }

  /** Writes a field value as a JSON tree. */
  public static JsonNode toTree(FieldValue value) {
    return Json.parse(Json.write(gen -> ValueJson.write(gen, value)));
  }

  /**
   * Reads only the top-level {@code protocolVersion} of a request, so a server can refuse an
   * unsupported version before decoding anything else (R1).
   *
   * @return empty when the body is not an object with an integer {@code protocolVersion}
   */
  public static OptionalInt peekProtocolVersion(byte[] body) {
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (WireFormatException e) {
      return OptionalInt.empty();
    }
    JsonNode version = node.isObject() ? node.get("protocolVersion") : null;
    if (version == null || !version.isInt()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(version.intValue());
  }
}
