package io.fieldline.sync.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.sync.model.Values;
import io.fieldline.sync.wire.json.SyncJson;
import io.fieldline.sync.wire.json.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Replays a vector against a {@link ServerUnderTest} and reports every failed expectation. It
 * threads pull cursors per device ({@code "@last"}) and remembers the last conflict id a push
 * answered, so vectors never depend on a server's cursor encoding or id choices.
 */
public final class VectorRunner {

  /** In a pull body's cursor: the last cursor the device received. */
  public static final String LAST = "@last";

  private final ServerUnderTest server;
  private final Map<String, String> cursors = new HashMap<>();
  private final List<String> failures = new ArrayList<>();
  private String lastConflict;

  private VectorRunner(ServerUnderTest server) {
    this.server = server;
  }

  /** Replays {@code vector} from a reset server. */
  public static VectorReport run(ConformanceVector vector, ServerUnderTest server) {
    boolean needsFaults =
        vector.steps().stream().anyMatch(s -> s instanceof VectorStep.FailTransiently);
    if (needsFaults && !server.capabilities().contains(Capability.TRANSIENT_FAULTS)) {
      return new VectorReport(
          vector.name(), List.of(), Optional.of("server lacks " + Capability.TRANSIENT_FAULTS));
    }
    return new VectorRunner(server).replay(vector);
  }

  private VectorReport replay(ConformanceVector vector) {
    server.reset(vector.setup());
    for (int i = 0; i < vector.steps().size(); i++) {
      int before = failures.size();
      try {
        step(vector.steps().get(i));
      } catch (RuntimeException e) {
        failures.add("threw " + e);
      }
      for (int f = before; f < failures.size(); f++) {
        failures.set(f, "step " + i + ": " + failures.get(f));
      }
      if (failures.size() > before) {
        break;
      }
    }
    return new VectorReport(vector.name(), failures, Optional.empty());
  }

  private void step(VectorStep step) {
    if (step instanceof VectorStep.Request) {
      request((VectorStep.Request) step);
    } else if (step instanceof VectorStep.ServerCreate) {
      VectorStep.ServerCreate s = (VectorStep.ServerCreate) step;
      server.serverCreate(s.key(), s.fields(), s.scopes());
    } else if (step instanceof VectorStep.ServerUpdate) {
      VectorStep.ServerUpdate s = (VectorStep.ServerUpdate) step;
      server.serverUpdate(s.key(), s.fields());
    } else if (step instanceof VectorStep.ServerDelete) {
      server.serverDelete(((VectorStep.ServerDelete) step).key());
    } else if (step instanceof VectorStep.Grant) {
      VectorStep.Grant s = (VectorStep.Grant) step;
      server.grant(s.scope(), s.record(), s.related());
    } else if (step instanceof VectorStep.Evict) {
      VectorStep.Evict s = (VectorStep.Evict) step;
      server.evict(s.scope(), s.records());
    } else if (step instanceof VectorStep.Resolve) {
      VectorStep.Resolve s = (VectorStep.Resolve) step;
      server.resolveConflict(conflictId(s.conflictId()), s.fields(), s.resolvedBy());
    } else if (step instanceof VectorStep.AdvanceTime) {
      server.advanceTime(((VectorStep.AdvanceTime) step).by());
    } else if (step instanceof VectorStep.Compact) {
      server.compact();
    } else if (step instanceof VectorStep.FailTransiently) {
      VectorStep.FailTransiently s = (VectorStep.FailTransiently) step;
      server.failTransiently(s.deviceId(), s.sequence());
    } else {
      failures.addAll(
          StateJson.mismatches(((VectorStep.ExpectState) step).expected(), server.state()));
    }
  }

  private void request(VectorStep.Request step) {
    String body = step.body();
    String deviceId = null;
    try {
      JsonNode parsed = SyncJson.parseTree(body.getBytes(StandardCharsets.UTF_8));
      if (parsed.isObject() && parsed.path("deviceId").isTextual()) {
        deviceId = parsed.get("deviceId").textValue();
        if (!step.push() && LAST.equals(parsed.path("cursor").textValue())) {
          String cursor = cursors.get(deviceId);
          if (cursor == null) {
            failures.add("no cursor has been issued to " + deviceId + " yet");
            return;
          }
          ((ObjectNode) parsed).put("cursor", cursor);
          body = parsed.toString();
        }
      }
    } catch (WireFormatException e) {
      // a deliberately malformed body: send it as is
    }
    ServerUnderTest.Reply reply =
        step.push() ? server.push(step.caller(), body) : server.pull(step.caller(), body);
    JsonNode response;
    try {
      response = SyncJson.parseTree(reply.body().getBytes(StandardCharsets.UTF_8));
    } catch (WireFormatException e) {
      failures.add("response is not JSON: " + reply.body());
      return;
    }
    remember(deviceId, response);
    if (step.expect().isPresent()) {
      JsonNode expect = step.expect().get();
      if (expect.has("status") && expect.get("status").asInt() != reply.status()) {
        failures.add("status " + reply.status() + ", expected " + expect.get("status"));
      }
      if (expect.has("body")) {
        JsonExpect.mismatches(expect.get("body"), response).forEach(failures::add);
      }
    }
  }

  private void remember(String deviceId, JsonNode response) {
    if (deviceId != null && "pull_page".equals(response.path("type").textValue())) {
      cursors.put(deviceId, response.get("nextCursor").textValue());
    }
    for (JsonNode result : response.path("results")) {
      JsonNode held = result.has("original") ? result.get("original") : result;
      if ("conflict_held".equals(held.path("type").textValue())) {
        lastConflict = held.get("conflictId").textValue();
      }
    }
  }

  private UUID conflictId(String reference) {
    if (LAST.equals(reference)) {
      if (lastConflict == null) {
        throw new IllegalStateException("no push has answered conflict_held yet");
      }
      return Values.uuid(lastConflict, "conflictId");
    }
    return Values.uuid(reference, "conflictId");
  }
}
