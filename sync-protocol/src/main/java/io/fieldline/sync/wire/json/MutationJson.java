package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.MalformedMutation;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.Operation;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mutations to and from JSON. A mutation whose {@code sequence} is readable but whose payload is
 * not becomes a {@link MalformedMutation} (recorded as INVALID_PAYLOAD, R15) rather than failing
 * the whole request, so one bad write never blocks a device's queue.
 */
final class MutationJson {

  /** The members a mutation has; only these count for its body hash. */
  static final Set<String> MEMBERS =
      Set.of(
          "sequence", "entityType", "recordId", "operation", "baseVersion", "fields", "deviceTime");

  private MutationJson() {}

  static void write(JsonGenerator gen, Mutation m) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("sequence", m.sequence());
    gen.writeStringField("entityType", m.entityType());
    gen.writeStringField("recordId", m.recordId().toString());
    gen.writeStringField("operation", m.operation().wire());
    gen.writeNumberField("baseVersion", m.baseVersion());
    gen.writeFieldName("fields");
    ValueJson.writeMap(gen, m.fields());
    gen.writeStringField("deviceTime", m.deviceTime().toString());
    gen.writeEndObject();
  }

  static void writeEntry(JsonGenerator gen, MutationEntry entry) throws IOException {
    if (entry instanceof MalformedMutation) {
      throw new IllegalArgumentException(
          "malformed mutation " + entry.sequence() + " is never produced, only received");
    }
    write(gen, (Mutation) entry);
  }

  /** Reads one element of a push request's mutation list. */
  static MutationEntry read(JsonNode node, String path) {
    JsonIn.object(node, path);
    long sequence = JsonIn.integer(node, "sequence", path);
    if (sequence < 1) {
      throw new WireFormatException(
          JsonIn.at(path, "sequence"), "must be >= 1 but was " + sequence);
    }
    try {
      return readWellFormed(node, path, sequence);
    } catch (WireFormatException e) {
      String hash = CanonicalJson.sha256(CanonicalJson.canonical(node, MEMBERS));
      return new MalformedMutation(sequence, e.getMessage(), hash);
    }
  }

  private static Mutation readWellFormed(JsonNode node, String path, long sequence) {
    String entityType = JsonIn.text(node, "entityType", path);
    UUID recordId = JsonIn.uuid(node, "recordId", path);
    Operation operation = JsonIn.token(node, "operation", path, Operation::fromWire);
    long baseVersion = JsonIn.integer(node, "baseVersion", path);
    Map<String, FieldValue> fields = ValueJson.readMapMember(node, "fields", path);
    Instant deviceTime = JsonIn.instant(node, "deviceTime", path);
    return JsonIn.construct(
        path,
        () ->
            new Mutation(
                sequence, entityType, recordId, operation, baseVersion, fields, deviceTime));
  }
}
