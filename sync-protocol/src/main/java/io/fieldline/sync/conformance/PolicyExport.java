package io.fieldline.sync.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldPolicy;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.merge.RecordRule;
import io.fieldline.sync.merge.StateMachine;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A policy registry as JSON, so implementations in other languages can load the same policies the
 * vectors use. Business rules are exported by name and message; their logic is mirrored by name.
 */
public final class PolicyExport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PolicyExport() {}

  /** The registry as a JSON tree with entities, fields and states in sorted order. */
  public static ObjectNode toJson(PolicyRegistry registry) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", registry.name());
    ArrayNode entities = root.putArray("entities");
    new TreeMap<>(registry.entities()).values().forEach(e -> entities.add(entity(e)));
    return root;
  }

  private static ObjectNode entity(EntityPolicy policy) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("entityType", policy.entityType());
    node.put("deleteRule", policy.deleteRule().wire());
    ArrayNode fields = node.putArray("fields");
    new TreeMap<>(policy.fields()).values().forEach(f -> fields.add(field(f)));
    ArrayNode rules = node.putArray("rules");
    policy.rules().stream()
        .sorted(Comparator.comparing(RecordRule::name))
        .forEach(r -> rules.addObject().put("name", r.name()).put("message", r.message()));
    return node;
  }

  private static ObjectNode field(FieldPolicy field) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", field.name());
    node.put("type", field.type().wire());
    node.put("policy", field.policy().wire());
    node.put("required", field.required());
    field.stateMachine().ifPresent(machine -> node.set("stateMachine", machine(machine)));
    return node;
  }

  private static ObjectNode machine(StateMachine machine) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode initial = node.putArray("initial");
    new TreeSet<>(machine.initial()).forEach(initial::add);
    ObjectNode transitions = node.putObject("transitions");
    new TreeMap<>(machine.transitions())
        .forEach(
            (from, to) -> {
              ArrayNode targets = transitions.putArray(from);
              new TreeSet<>(to).forEach(targets::add);
            });
    return node;
  }
}
