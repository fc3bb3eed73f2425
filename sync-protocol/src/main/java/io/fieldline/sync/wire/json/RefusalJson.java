package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.wire.MessageType;
import io.fieldline.sync.wire.Refusal;
import java.io.IOException;
import java.util.List;

/**
 * {@link Refusal}s to and from JSON. The envelope ({@code type, protocolVersion, code, message}) is
 * frozen across protocol versions so any client version can read it.
 */
final class RefusalJson {

  private RefusalJson() {}

  static void write(JsonGenerator gen, Refusal refusal) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", MessageType.REFUSED.wire());
    gen.writeNumberField("protocolVersion", ProtocolVersion.CURRENT);
    gen.writeStringField("code", refusal.code().wire());
    gen.writeStringField("message", refusal.message());
    if (refusal instanceof Refusal.UnsupportedVersion) {
      Refusal.UnsupportedVersion v = (Refusal.UnsupportedVersion) refusal;
      gen.writeNumberField("requestedVersion", v.requested());
      gen.writeArrayFieldStart("supportedVersions");
      for (int supported : v.supported()) {
        gen.writeNumber(supported);
      }
      gen.writeEndArray();
    } else if (refusal instanceof Refusal.BatchTooLarge) {
      Refusal.BatchTooLarge b = (Refusal.BatchTooLarge) refusal;
      gen.writeNumberField("maxMutations", b.maxMutations());
      gen.writeNumberField("maxBytes", b.maxBytes());
    } else if (refusal instanceof Refusal.Retryable) {
      gen.writeNumberField("retryAfterMillis", ((Refusal.Retryable) refusal).retryAfterMillis());
    }
    gen.writeEndObject();
  }

  static Refusal read(JsonNode node, String path) {
    SyncErrorCode code = JsonIn.token(node, "code", path, SyncErrorCode::fromWire);
    String message = JsonIn.text(node, "message", path);
    switch (code) {
      case UNSUPPORTED_PROTOCOL_VERSION:
        int requested = JsonIn.smallInteger(node, "requestedVersion", path);
        List<Integer> supported =
            JsonIn.array(
                node,
                "supportedVersions",
                path,
                false,
                (n, p) -> {
                  if (!n.isInt()) {
                    throw new WireFormatException(p, "expected an integer but was " + n);
                  }
                  return n.intValue();
                });
        return JsonIn.construct(
            path, () -> new Refusal.UnsupportedVersion(requested, supported, message));
      case BATCH_TOO_LARGE:
        int maxMutations = JsonIn.smallInteger(node, "maxMutations", path);
        long maxBytes = JsonIn.integer(node, "maxBytes", path);
        return JsonIn.construct(
            path, () -> new Refusal.BatchTooLarge(maxMutations, maxBytes, message));
      case UNAUTHORIZED_DEVICE:
        return JsonIn.construct(path, () -> new Refusal.UnauthorizedDevice(message));
      case INVALID_REQUEST:
        return JsonIn.construct(path, () -> new Refusal.InvalidRequest(message));
      case RETRYABLE:
        long retryAfter = JsonIn.integer(node, "retryAfterMillis", path);
        return JsonIn.construct(path, () -> new Refusal.Retryable(retryAfter, message));
      default:
        throw new WireFormatException(
            JsonIn.at(path, "code"), code.wire() + " is not a refusal code");
    }
  }
}
