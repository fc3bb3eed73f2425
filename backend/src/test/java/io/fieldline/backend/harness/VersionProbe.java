package io.fieldline.backend.harness;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Run 9's negotiation check (PROTOCOL.md R1): a push in a version older than any the server
 * supports is refused with {@code UNSUPPORTED_PROTOCOL_VERSION} and the supported versions, and
 * applies nothing.
 */
final class VersionProbe {
  private VersionProbe() {}

  /** Sends the probe for {@code device}; a description, or throws when the server misbehaves. */
  static String unsupported(RunEnv env, HarnessWorld.Rep rep, Device device) {
    int version = ProtocolVersion.SUPPORTED.get(0) - 1;
    String body =
        "{\"protocolVersion\":"
            + version
            + ",\"deviceId\":\""
            + device.client().deviceId()
            + "\",\"mutations\":[{\"sequence\":1,\"entityType\":\"contact\",\"recordId\":\""
            + UUID.randomUUID()
            + "\",\"operation\":\"create\",\"baseVersion\":0,\"fields\":{\"account_id\":\""
            + rep.accounts().get(0)
            + "\",\"first_name\":\"Probe\",\"last_name\":\"Probe\"},"
            + "\"deviceTime\":\"2026-11-17T08:00:00Z\"}]}";
    HarnessHttp http = new HarnessHttp(env.service::baseUrl, rep.token());
    HarnessHttp.Reply reply = null;
    for (int i = 0; i < 20 && reply == null; i++) {
      reply = http.post("/sync/push", body.getBytes(StandardCharsets.UTF_8));
    }
    if (reply == null) {
      throw new IllegalStateException("version probe: no answer");
    }
    PushResponse answer = SyncJson.decodePushResponse(reply.body());
    if (!(answer instanceof Refusal.UnsupportedVersion u)
        || u.requested() != version
        || !u.supported().equals(ProtocolVersion.SUPPORTED)) {
      throw new IllegalStateException("version probe: expected a version refusal, got " + answer);
    }
    try (Connection c = env.admin()) {
      long stored =
          InvariantChecker.count(
              c,
              "select count(*) from sync_mutation where device_id = ?",
              device.client().deviceId().toString());
      if (stored != 0) {
        throw new IllegalStateException("version probe: " + stored + " mutations applied");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("version probe: " + e.getMessage(), e);
    }
    return "a push in version "
        + version
        + " refused ("
        + reply.status()
        + " unsupported_protocol_version, supported "
        + u.supported()
        + "), nothing applied";
  }
}
