package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.HeldField;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Notice;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.ResultKind;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link MutationResult}s to and from JSON. */
final class ResultJson {

  private ResultJson() {}

  static void write(JsonGenerator gen, MutationResult result) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", result.kind().wire());
    gen.writeNumberField("sequence", result.sequence());
    switch (result.kind()) {
      case APPLIED:
        AppliedResult applied = (AppliedResult) result;
        gen.writeNumberField("version", applied.version());
        writeNotices(gen, applied.notices());
        if (!applied.assigned().isEmpty()) {
          gen.writeFieldName("assigned");
          ValueJson.writeMap(gen, applied.assigned());
        }
        break;
      case MERGED:
        MergedResult merged = (MergedResult) result;
        gen.writeNumberField("version", merged.version());
        gen.writeFieldName("overridden");
        ValueJson.writeMap(gen, merged.overridden());
        writeNotices(gen, merged.notices());
        break;
      case CONFLICT_HELD:
        writeHeld(gen, (ConflictHeldResult) result);
        break;
      case REJECTED:
        RejectedResult rejected = (RejectedResult) result;
        gen.writeStringField("code", rejected.code().wire());
        gen.writeStringField("message", rejected.message());
        writeNotices(gen, rejected.notices());
        break;
      case DUPLICATE:
        gen.writeFieldName("original");
        write(gen, ((DuplicateResult) result).original());
        break;
    }
    gen.writeEndObject();
  }

  private static void writeHeld(JsonGenerator gen, ConflictHeldResult held) throws IOException {
    gen.writeNumberField("version", held.version());
    gen.writeStringField("conflictId", held.conflictId().toString());
    gen.writeArrayFieldStart("held");
    for (HeldField field : held.held()) {
      gen.writeStartObject();
      gen.writeStringField("field", field.field());
      gen.writeStringField("reason", field.reason().wire());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeFieldName("overridden");
    ValueJson.writeMap(gen, held.overridden());
    writeNotices(gen, held.notices());
  }

  private static void writeNotices(JsonGenerator gen, Set<Notice> notices) throws IOException {
    gen.writeArrayFieldStart("notices");
    for (Notice notice : Notice.values()) {
      if (notices.contains(notice)) {
        gen.writeString(notice.wire());
      }
    }
    gen.writeEndArray();
  }

  static MutationResult read(JsonNode node, String path) {
    JsonIn.object(node, path);
    ResultKind kind = JsonIn.token(node, "type", path, ResultKind::fromWire);
    long sequence = JsonIn.integer(node, "sequence", path);
    if (kind == ResultKind.DUPLICATE) {
      MutationResult original = read(JsonIn.required(node, "original", path), path + ".original");
      return JsonIn.construct(path, () -> new DuplicateResult(sequence, original));
    }
    Set<Notice> notices = readNotices(node, path);
    switch (kind) {
      case APPLIED:
        long version = JsonIn.integer(node, "version", path);
        Map<String, FieldValue> assigned =
            node.has("assigned") ? ValueJson.readMapMember(node, "assigned", path) : Map.of();
        return JsonIn.construct(
            path, () -> new AppliedResult(sequence, version, notices, assigned));
      case MERGED:
        long mergedVersion = JsonIn.integer(node, "version", path);
        Map<String, FieldValue> overridden = ValueJson.readMapMember(node, "overridden", path);
        return JsonIn.construct(
            path, () -> new MergedResult(sequence, mergedVersion, overridden, notices));
      case CONFLICT_HELD:
        return readHeld(node, path, sequence, notices);
      case REJECTED:
        SyncErrorCode code = JsonIn.token(node, "code", path, SyncErrorCode::fromWire);
        String message = JsonIn.text(node, "message", path);
        return JsonIn.construct(path, () -> new RejectedResult(sequence, code, message, notices));
      default:
        throw new WireFormatException(JsonIn.at(path, "type"), "unhandled result type " + kind);
    }
  }

  private static MutationResult readHeld(
      JsonNode node, String path, long sequence, Set<Notice> notices) {
    long version = JsonIn.integer(node, "version", path);
    java.util.UUID conflictId = JsonIn.uuid(node, "conflictId", path);
    List<HeldField> held =
        JsonIn.array(
            node,
            "held",
            path,
            false,
            (n, p) -> {
              JsonIn.object(n, p);
              String field = JsonIn.text(n, "field", p);
              SyncErrorCode reason = JsonIn.token(n, "reason", p, SyncErrorCode::fromWire);
              return JsonIn.construct(p, () -> new HeldField(field, reason));
            });
    Map<String, FieldValue> overridden =
        node.has("overridden") ? ValueJson.readMapMember(node, "overridden", path) : Map.of();
    return JsonIn.construct(
        path,
        () -> new ConflictHeldResult(sequence, version, conflictId, held, overridden, notices));
  }

  private static Set<Notice> readNotices(JsonNode node, String path) {
    List<Notice> list =
        JsonIn.array(
            node,
            "notices",
            path,
            true,
            (n, p) -> {
              if (!n.isTextual()) {
                throw new WireFormatException(p, "expected a string but was " + JsonIn.describe(n));
              }
              return JsonIn.construct(p, () -> Notice.fromWire(n.textValue()));
            });
    return list.isEmpty() ? Set.of() : EnumSet.copyOf(list);
  }
}
