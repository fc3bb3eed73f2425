package io.fieldline.sync.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.ConflictStatus;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.json.SyncJson;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The JSON view of a {@link ServerState} that {@code expectState} steps match: {@code records}
 * (matched by entity type and id; the counts must be equal), {@code conflicts} (in order) and
 * {@code devices} (device id to last sequence; only listed devices are checked).
 */
public final class StateJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StateJson() {}

  /** Mismatches of {@code state} against an {@code expectState} object. */
  public static List<String> mismatches(JsonNode expected, ServerState state) {
    List<String> out = new ArrayList<>();
    JsonNode actual = toJson(state);
    if (expected.has("records")) {
      JsonNode want = expected.get("records");
      JsonNode have = actual.get("records");
      if (want.size() != have.size()) {
        out.add("records: expected " + want.size() + " records but the server has " + have);
      }
      for (JsonNode record : want) {
        JsonNode match = find(have, record);
        if (match == null) {
          out.add("records: no record " + record.get("entityType") + "/" + record.get("id"));
        } else {
          out.addAll(JsonExpect.mismatches(record, match));
        }
      }
    }
    if (expected.has("conflicts")) {
      out.addAll(
          prefix(
              "conflicts",
              JsonExpect.mismatches(expected.get("conflicts"), actual.get("conflicts"))));
    }
    if (expected.has("devices")) {
      out.addAll(
          prefix("devices", JsonExpect.mismatches(expected.get("devices"), actual.get("devices"))));
    }
    return out;
  }

  /** The JSON view of a state. */
  public static ObjectNode toJson(ServerState state) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode records = root.putArray("records");
    state.records().forEach(r -> records.add(record(r)));
    ArrayNode conflicts = root.putArray("conflicts");
    state.conflicts().forEach(c -> conflicts.add(conflict(c)));
    ObjectNode devices = root.putObject("devices");
    new TreeMap<>(state.lastSequences()).forEach(devices::put);
    return root;
  }

  private static ObjectNode record(RecordState r) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("entityType", r.key().entityType());
    node.put("id", r.key().id().toString());
    node.put("version", r.version());
    node.put("deleted", r.deleted());
    ObjectNode fields = node.putObject("fields");
    new TreeMap<>(r.fields()).forEach((k, v) -> fields.set(k, SyncJson.toTree(v)));
    ObjectNode versions = node.putObject("fieldVersions");
    new TreeMap<>(r.fieldVersions()).forEach(versions::put);
    return node;
  }

  private static ObjectNode conflict(ConflictRecord c) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", c.id().toString());
    node.put("entityType", c.record().entityType());
    node.put("recordId", c.record().id().toString());
    node.put("deviceId", c.deviceId());
    node.put("sequence", c.sequence());
    node.put("status", c.status() instanceof ConflictStatus.Open ? "open" : "resolved");
    ArrayNode fields = node.putArray("fields");
    for (FieldConflict f : c.fields()) {
      ObjectNode field = fields.addObject();
      field.put("field", f.field());
      f.base().ifPresent(b -> field.set("base", SyncJson.toTree(b)));
      field.set("mine", SyncJson.toTree(f.mine()));
      field.set("theirs", SyncJson.toTree(f.theirs()));
      field.put("reason", f.reason().wire());
    }
    return node;
  }

  private static JsonNode find(JsonNode records, JsonNode wanted) {
    for (JsonNode r : records) {
      if (r.get("entityType").equals(wanted.get("entityType"))
          && r.get("id").equals(wanted.get("id"))) {
        return r;
      }
    }
    return null;
  }

  private static List<String> prefix(String what, List<String> mismatches) {
    List<String> out = new ArrayList<>();
    mismatches.forEach(m -> out.add(what + " " + m));
    return out;
  }
}
