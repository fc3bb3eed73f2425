package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Record keys and live record states as JSON members. */
final class RecordJson {

  private RecordJson() {}

  static void writeKey(JsonGenerator gen, RecordKey key) throws IOException {
    gen.writeStringField("entityType", key.entityType());
    gen.writeStringField("id", key.id().toString());
  }

  static RecordKey readKey(JsonNode obj, String path) {
    String entityType = JsonIn.text(obj, "entityType", path);
    java.util.UUID id = JsonIn.uuid(obj, "id", path);
    return JsonIn.construct(path, () -> new RecordKey(entityType, id));
  }

  /** Writes the members of a live state (without braces), so callers can embed them. */
  static void writeStateMembers(JsonGenerator gen, RecordState state) throws IOException {
    writeKey(gen, state.key());
    gen.writeNumberField("version", state.version());
    gen.writeFieldName("fields");
    ValueJson.writeMap(gen, state.fields());
    gen.writeObjectFieldStart("fieldVersions");
    for (String name : ValueJson.sortedKeys(state.fieldVersions())) {
      gen.writeNumberField(name, state.fieldVersions().get(name));
    }
    gen.writeEndObject();
  }

  static void writeState(JsonGenerator gen, RecordState state) throws IOException {
    gen.writeStartObject();
    writeStateMembers(gen, state);
    gen.writeEndObject();
  }

  static RecordState readState(JsonNode node, String path) {
    JsonIn.object(node, path);
    RecordKey key = readKey(node, path);
    long version = JsonIn.integer(node, "version", path);
    Map<String, FieldValue> fields = ValueJson.readMapMember(node, "fields", path);
    String versionsPath = JsonIn.at(path, "fieldVersions");
    JsonNode versionsNode =
        JsonIn.object(JsonIn.required(node, "fieldVersions", path), versionsPath);
    Map<String, Long> versions = new HashMap<>();
    Iterator<String> names = versionsNode.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      versions.put(name, JsonIn.integer(versionsNode, name, versionsPath));
    }
    return JsonIn.construct(path, () -> new RecordState(key, version, false, fields, versions));
  }
}
