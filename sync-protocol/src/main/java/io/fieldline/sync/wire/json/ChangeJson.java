package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ChangeKind;
import java.io.IOException;
import java.util.List;

/** {@link Change}s to and from JSON. */
final class ChangeJson {

  private ChangeJson() {}

  static void write(JsonGenerator gen, Change change) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", change.kind().wire());
    switch (change.kind()) {
      case UPSERT:
        RecordJson.writeStateMembers(gen, ((Change.Upsert) change).record());
        break;
      case DELETE:
        Change.Delete delete = (Change.Delete) change;
        RecordJson.writeKey(gen, delete.key());
        gen.writeNumberField("version", delete.version());
        break;
      case EVICT:
        RecordJson.writeKey(gen, ((Change.Evict) change).key());
        break;
      case GRANT:
        Change.Grant grant = (Change.Grant) change;
        gen.writeFieldName("record");
        RecordJson.writeState(gen, grant.record());
        gen.writeArrayFieldStart("related");
        for (RecordState related : grant.related()) {
          RecordJson.writeState(gen, related);
        }
        gen.writeEndArray();
        break;
    }
    gen.writeEndObject();
  }

  static Change read(JsonNode node, String path) {
    JsonIn.object(node, path);
    ChangeKind kind = JsonIn.token(node, "type", path, ChangeKind::fromWire);
    switch (kind) {
      case UPSERT:
        RecordState state = RecordJson.readState(node, path);
        return JsonIn.construct(path, () -> new Change.Upsert(state));
      case DELETE:
        RecordKey key = RecordJson.readKey(node, path);
        long version = JsonIn.integer(node, "version", path);
        return JsonIn.construct(path, () -> new Change.Delete(key, version));
      case EVICT:
        RecordKey evicted = RecordJson.readKey(node, path);
        return new Change.Evict(evicted);
      case GRANT:
        RecordState record =
            RecordJson.readState(JsonIn.required(node, "record", path), path + ".record");
        List<RecordState> related =
            JsonIn.array(node, "related", path, true, RecordJson::readState);
        return JsonIn.construct(path, () -> new Change.Grant(record, related));
      default:
        throw new WireFormatException(JsonIn.at(path, "type"), "unhandled change type " + kind);
    }
  }
}
