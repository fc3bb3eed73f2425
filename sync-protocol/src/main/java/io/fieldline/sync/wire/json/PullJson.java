package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.MessageType;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.ResyncRequired;
import io.fieldline.sync.wire.ScopeChecksum;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Pull requests and responses to and from JSON. */
final class PullJson {

  private PullJson() {}

  static void writeRequest(JsonGenerator gen, PullRequest request) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("protocolVersion", request.protocolVersion());
    gen.writeStringField("deviceId", request.deviceId());
    gen.writeStringField("cursor", request.cursor().token());
    gen.writeNumberField("pageSize", request.pageSize());
    gen.writeEndObject();
  }

  static PullRequest readRequest(JsonNode node) {
    JsonIn.object(node, "");
    int version = JsonIn.smallInteger(node, "protocolVersion", "");
    String deviceId = JsonIn.text(node, "deviceId", "");
    String cursor = JsonIn.text(node, "cursor", "");
    int pageSize = JsonIn.smallInteger(node, "pageSize", "");
    Cursor parsed = JsonIn.construct("cursor", () -> new Cursor(cursor));
    return JsonIn.construct("", () -> new PullRequest(version, deviceId, parsed, pageSize));
  }

  static void writeResponse(JsonGenerator gen, PullResponse response) throws IOException {
    if (response instanceof Refusal) {
      RefusalJson.write(gen, (Refusal) response);
    } else if (response instanceof ResyncRequired) {
      ResyncRequired resync = (ResyncRequired) response;
      gen.writeStartObject();
      gen.writeStringField("type", MessageType.RESYNC_REQUIRED.wire());
      gen.writeNumberField("protocolVersion", resync.protocolVersion());
      gen.writeStringField("code", "RESYNC_REQUIRED");
      gen.writeStringField("reason", resync.reason());
      gen.writeEndObject();
    } else {
      writePage(gen, (PullPage) response);
    }
  }

  private static void writePage(JsonGenerator gen, PullPage page) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", MessageType.PULL_PAGE.wire());
    gen.writeNumberField("protocolVersion", page.protocolVersion());
    gen.writeArrayFieldStart("changes");
    for (Change change : page.changes()) {
      ChangeJson.write(gen, change);
    }
    gen.writeEndArray();
    gen.writeStringField("nextCursor", page.nextCursor().token());
    gen.writeBooleanField("hasMore", page.hasMore());
    if (page.scopeChecksum().isPresent()) {
      ScopeChecksum checksum = page.scopeChecksum().get();
      gen.writeObjectFieldStart("scopeChecksum");
      gen.writeNumberField("count", checksum.count());
      gen.writeStringField("sha256", checksum.sha256());
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  static PullResponse readResponse(JsonNode node) {
    JsonIn.object(node, "");
    MessageType type = JsonIn.token(node, "type", "", MessageType::fromWire);
    switch (type) {
      case REFUSED:
        return RefusalJson.read(node, "");
      case RESYNC_REQUIRED:
        int resyncVersion = JsonIn.smallInteger(node, "protocolVersion", "");
        String reason = JsonIn.text(node, "reason", "");
        return JsonIn.construct("", () -> new ResyncRequired(resyncVersion, reason));
      case PULL_PAGE:
        return readPage(node);
      default:
        throw new WireFormatException("type", "'" + type.wire() + "' is not a pull response");
    }
  }

  private static PullPage readPage(JsonNode node) {
    int version = JsonIn.smallInteger(node, "protocolVersion", "");
    List<Change> changes = JsonIn.array(node, "changes", "", false, ChangeJson::read);
    String next = JsonIn.text(node, "nextCursor", "");
    Cursor cursor = JsonIn.construct("nextCursor", () -> new Cursor(next));
    boolean hasMore = JsonIn.bool(node, "hasMore", "");
    Optional<ScopeChecksum> checksum = Optional.empty();
    if (node.has("scopeChecksum")) {
      JsonNode c = JsonIn.object(node.get("scopeChecksum"), "scopeChecksum");
      long count = JsonIn.integer(c, "count", "scopeChecksum");
      String sha = JsonIn.text(c, "sha256", "scopeChecksum");
      checksum =
          Optional.of(JsonIn.construct("scopeChecksum", () -> new ScopeChecksum(count, sha)));
    }
    Optional<ScopeChecksum> finalChecksum = checksum;
    return JsonIn.construct(
        "", () -> new PullPage(version, changes, cursor, hasMore, finalChecksum));
  }
}
