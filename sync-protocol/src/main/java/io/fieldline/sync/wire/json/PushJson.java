package io.fieldline.sync.wire.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.BatchEndKind;
import io.fieldline.sync.wire.MessageType;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import java.io.IOException;
import java.util.List;

/** Push requests and responses to and from JSON. */
final class PushJson {

  private PushJson() {}

  static void writeRequest(JsonGenerator gen, PushRequest request) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("protocolVersion", request.protocolVersion());
    gen.writeStringField("deviceId", request.deviceId());
    gen.writeArrayFieldStart("mutations");
    for (MutationEntry entry : request.mutations()) {
      MutationJson.writeEntry(gen, entry);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static PushRequest readRequest(JsonNode node) {
    JsonIn.object(node, "");
    int version = JsonIn.smallInteger(node, "protocolVersion", "");
    String deviceId = JsonIn.text(node, "deviceId", "");
    List<MutationEntry> mutations = JsonIn.array(node, "mutations", "", false, MutationJson::read);
    return JsonIn.construct("", () -> new PushRequest(version, deviceId, mutations));
  }

  static void writeResponse(JsonGenerator gen, PushResponse response) throws IOException {
    if (response instanceof Refusal) {
      RefusalJson.write(gen, (Refusal) response);
      return;
    }
    PushResult result = (PushResult) response;
    gen.writeStartObject();
    gen.writeStringField("type", MessageType.PUSH_RESULT.wire());
    gen.writeNumberField("protocolVersion", result.protocolVersion());
    gen.writeArrayFieldStart("results");
    for (MutationResult r : result.results()) {
      ResultJson.write(gen, r);
    }
    gen.writeEndArray();
    gen.writeFieldName("end");
    writeEnd(gen, result.end());
    gen.writeEndObject();
  }

  private static void writeEnd(JsonGenerator gen, BatchEnd end) throws IOException {
    gen.writeStartObject();
    if (end instanceof BatchEnd.Complete) {
      gen.writeStringField("type", BatchEndKind.COMPLETE.wire());
    } else if (end instanceof BatchEnd.OutOfOrder) {
      BatchEnd.OutOfOrder o = (BatchEnd.OutOfOrder) end;
      gen.writeStringField("type", BatchEndKind.OUT_OF_ORDER.wire());
      gen.writeStringField("code", "OUT_OF_ORDER");
      gen.writeNumberField("receivedSequence", o.receivedSequence());
      gen.writeNumberField("expectedSequence", o.expectedSequence());
    } else {
      BatchEnd.RetryLater r = (BatchEnd.RetryLater) end;
      gen.writeStringField("type", BatchEndKind.RETRY_LATER.wire());
      gen.writeStringField("code", "RETRYABLE");
      gen.writeNumberField("sequence", r.sequence());
      gen.writeNumberField("retryAfterMillis", r.retryAfterMillis());
      gen.writeStringField("message", r.message());
    }
    gen.writeEndObject();
  }

  static PushResponse readResponse(JsonNode node) {
    JsonIn.object(node, "");
    MessageType type = JsonIn.token(node, "type", "", MessageType::fromWire);
    if (type == MessageType.REFUSED) {
      return RefusalJson.read(node, "");
    }
    if (type != MessageType.PUSH_RESULT) {
      throw new WireFormatException("type", "'" + type.wire() + "' is not a push response");
    }
    int version = JsonIn.smallInteger(node, "protocolVersion", "");
    List<MutationResult> results = JsonIn.array(node, "results", "", false, ResultJson::read);
    BatchEnd end = readEnd(JsonIn.object(JsonIn.required(node, "end", ""), "end"));
    return JsonIn.construct("", () -> new PushResult(version, results, end));
  }

  private static BatchEnd readEnd(JsonNode node) {
    BatchEndKind kind = JsonIn.token(node, "type", "end", BatchEndKind::fromWire);
    switch (kind) {
      case COMPLETE:
        return new BatchEnd.Complete();
      case OUT_OF_ORDER:
        long received = JsonIn.integer(node, "receivedSequence", "end");
        long expected = JsonIn.integer(node, "expectedSequence", "end");
        return JsonIn.construct("end", () -> new BatchEnd.OutOfOrder(received, expected));
      case RETRY_LATER:
        long sequence = JsonIn.integer(node, "sequence", "end");
        long after = JsonIn.integer(node, "retryAfterMillis", "end");
        String message = JsonIn.text(node, "message", "end");
        return JsonIn.construct("end", () -> new BatchEnd.RetryLater(sequence, after, message));
      default:
        throw new WireFormatException("end.type", "unhandled batch end " + kind);
    }
  }
}
