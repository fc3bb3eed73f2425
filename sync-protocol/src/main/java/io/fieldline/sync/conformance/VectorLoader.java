package io.fieldline.sync.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.Values;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.wire.json.SyncJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads vectors from JSON. The format is strict (unknown keys are errors) so a typo in a vector
 * cannot silently weaken it. {@link #loadAll()} reads every vector listed in the shipped index.
 */
public final class VectorLoader {

  /** Classpath folder of the vectors, their index and the policy files. */
  public static final String BASE = "io/fieldline/sync/conformance/";

  private static final Set<String> ACTIONS =
      Set.of(
          "push",
          "pull",
          "serverCreate",
          "serverUpdate",
          "serverDelete",
          "grant",
          "evict",
          "resolveConflict",
          "advanceTime",
          "compact",
          "failTransiently",
          "expectState");

  private VectorLoader() {}

  /** The file names listed in {@code index.json}, in order. */
  public static List<String> index() {
    JsonNode index = SyncJson.parseTree(resource(BASE + "index.json"));
    List<String> names = new ArrayList<>();
    index.get("vectors").forEach(n -> names.add(n.textValue()));
    return names;
  }

  /** Every shipped vector, in index order. */
  public static List<ConformanceVector> loadAll() {
    List<ConformanceVector> vectors = new ArrayList<>();
    for (String file : index()) {
      vectors.add(load(resource(BASE + "vectors/" + file), file));
    }
    return vectors;
  }

  /** Parses one vector; {@code source} names it in errors. */
  public static ConformanceVector load(byte[] json, String source) {
    try {
      JsonNode root = SyncJson.parseTree(json);
      keys(root, source, "name", "description", "rules", "setup", "steps");
      List<String> rules = new ArrayList<>();
      root.get("rules").forEach(r -> rules.add(r.textValue()));
      List<VectorStep> steps = new ArrayList<>();
      JsonNode stepNodes = root.get("steps");
      for (int i = 0; i < stepNodes.size(); i++) {
        steps.add(step(stepNodes.get(i), source + " steps[" + i + "]"));
      }
      return new ConformanceVector(
          text(root, "name"),
          text(root, "description"),
          rules,
          setup(root.get("setup"), source),
          steps);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static VectorSetup setup(JsonNode node, String source) {
    keys(node, source + " setup", "policies", "time", "config", "devices", "records");
    Map<String, Long> config = new HashMap<>();
    if (node.has("config")) {
      node.get("config")
          .fields()
          .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asLong()));
    }
    List<DeviceInfo> devices = new ArrayList<>();
    for (JsonNode d : node.get("devices")) {
      keys(d, source + " device", "deviceId", "ownerId", "scopeId");
      devices.add(new DeviceInfo(text(d, "deviceId"), text(d, "ownerId"), text(d, "scopeId")));
    }
    List<SeedRecord> records = new ArrayList<>();
    if (node.has("records")) {
      for (JsonNode r : node.get("records")) {
        keys(r, source + " record", "entityType", "id", "fields", "scopes");
        records.add(new SeedRecord(key(r), fields(r.get("fields")), strings(r.get("scopes"))));
      }
    }
    return new VectorSetup(
        text(node, "policies"), Instant.parse(text(node, "time")), config, devices, records);
  }

  private static VectorStep step(JsonNode node, String where) {
    Set<String> present = new HashSet<>();
    node.fieldNames().forEachRemaining(present::add);
    present.remove("note");
    present.remove("expect");
    if (present.size() != 1 || !ACTIONS.containsAll(present)) {
      throw new IllegalArgumentException(where + ": a step has exactly one of " + ACTIONS);
    }
    String action = present.iterator().next();
    JsonNode arg = node.get(action);
    Optional<JsonNode> expect = Optional.ofNullable(node.get("expect"));
    if (expect.isPresent() && !action.equals("push") && !action.equals("pull")) {
      throw new IllegalArgumentException(where + ": only push and pull steps take 'expect'");
    }
    switch (action) {
      case "push":
      case "pull":
        keys(arg, where, "caller", "body", "rawBody");
        String body = arg.has("rawBody") ? text(arg, "rawBody") : arg.get("body").toString();
        return new VectorStep.Request(action.equals("push"), text(arg, "caller"), body, expect);
      case "serverCreate":
        keys(arg, where, "entityType", "id", "fields", "scopes");
        return new VectorStep.ServerCreate(
            key(arg), fields(arg.get("fields")), strings(arg.get("scopes")));
      case "serverUpdate":
        keys(arg, where, "entityType", "id", "fields");
        return new VectorStep.ServerUpdate(key(arg), fields(arg.get("fields")));
      case "serverDelete":
        keys(arg, where, "entityType", "id");
        return new VectorStep.ServerDelete(key(arg));
      case "grant":
        keys(arg, where, "scope", "record", "related");
        return new VectorStep.Grant(
            text(arg, "scope"), key(arg.get("record")), keys(arg, "related"));
      case "evict":
        keys(arg, where, "scope", "records");
        return new VectorStep.Evict(text(arg, "scope"), keys(arg, "records"));
      case "resolveConflict":
        keys(arg, where, "conflictId", "fields", "resolvedBy");
        return new VectorStep.Resolve(
            text(arg, "conflictId"), fields(arg.get("fields")), text(arg, "resolvedBy"));
      case "advanceTime":
        return new VectorStep.AdvanceTime(Duration.parse(arg.textValue()));
      case "compact":
        return new VectorStep.Compact();
      case "failTransiently":
        keys(arg, where, "deviceId", "sequence");
        return new VectorStep.FailTransiently(text(arg, "deviceId"), arg.get("sequence").asLong());
      default:
        return new VectorStep.ExpectState(arg);
    }
  }

  private static void keys(JsonNode node, String where, String... allowed) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    Set<String> ok = Set.of(allowed);
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!ok.contains(k) && !k.equals("note")) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "'");
              }
            });
  }

  private static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("'" + member + "' must be a string");
    }
    return value.textValue();
  }

  static RecordKey key(JsonNode node) {
    return new RecordKey(text(node, "entityType"), Values.uuid(text(node, "id"), "id"));
  }

  private static List<RecordKey> keys(JsonNode node, String member) {
    List<RecordKey> keys = new ArrayList<>();
    if (node.has(member)) {
      node.get(member).forEach(k -> keys.add(key(k)));
    }
    return keys;
  }

  private static Map<String, FieldValue> fields(JsonNode node) {
    Map<String, FieldValue> fields = new HashMap<>();
    if (node != null) {
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), SyncJson.toValue(e.getValue())));
    }
    return fields;
  }

  private static Set<String> strings(JsonNode node) {
    Set<String> out = new HashSet<>();
    if (node != null) {
      node.forEach(n -> out.add(n.textValue()));
    }
    return out;
  }

  /** Reads a classpath resource of this module. */
  public static byte[] resource(String path) {
    try (InputStream in = VectorLoader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
