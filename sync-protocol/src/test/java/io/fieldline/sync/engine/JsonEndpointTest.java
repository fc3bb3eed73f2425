package io.fieldline.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.json.SyncJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes edge: caps, version screening, decoding errors and HTTP statuses (R1, R2, R4, R14). */
class JsonEndpointTest {

  private final TestServer server =
      TestServer.create(EngineConfig.defaults().withMaxRequestBytes(2048));
  private final JsonEndpoint endpoint = new JsonEndpoint(server.engine);

  private static JsonNode json(EndpointResponse response) {
    return SyncJson.parseTree(response.body());
  }

  private EndpointResponse push(String body) {
    return endpoint.push(new Caller("tech-a"), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void r1_anUnsupportedVersionIsRefusedEvenWhenTheRestIsUnreadable() {
    EndpointResponse response = push("{\"protocolVersion\":2,\"mutations\":\"???\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("code").textValue()).isEqualTo("UNSUPPORTED_PROTOCOL_VERSION");
    assertThat(json(response).get("supportedVersions").get(0).intValue()).isEqualTo(1);
  }

  @Test
  void r2_anUndecodableBodyIsAnInvalidRequestNamingThePath() {
    EndpointResponse response =
        push("{\"protocolVersion\":1,\"deviceId\":\"dev-a\",\"mutations\":{}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("code").textValue()).isEqualTo("INVALID_REQUEST");
    assertThat(json(response).get("message").textValue())
        .isEqualTo("mutations: expected an array but was object {}");
  }

  @Test
  void r4_errorResponsesNeverCarryClassNamesOrStackTraces() {
    for (String body :
        List.of(
            "{",
            "[]",
            "{\"protocolVersion\":1}",
            "{\"protocolVersion\":1,\"deviceId\":\"\",\"mutations\":[]}",
            "{\"protocolVersion\":1,\"deviceId\":\"dev-a\",\"mutations\":[{\"sequence\":-1}]}")) {
      String text = push(body).bodyText();
      assertThat(text)
          .as(body)
          .doesNotContain("Exception")
          .doesNotContain("com.fasterxml")
          .doesNotContain("io.fieldline")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void r14_aBodyOverTheByteCapIsBatchTooLargeWith413() {
    String big = "x".repeat(3000);
    EndpointResponse response =
        push(
            new String(
                SyncJson.encode(
                    PushRequest.of(
                        ProtocolVersion.CURRENT,
                        "dev-a",
                        List.of(MutationBuilder.aVisitNoteUpdate().field("notes", big).build()))),
                StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(413);
    assertThat(json(response).get("code").textValue()).isEqualTo("BATCH_TOO_LARGE");
    assertThat(json(response).get("maxBytes").longValue()).isEqualTo(2048);
    assertThat(server.lastSequence("dev-a")).isZero();
  }

  @Test
  void r3_aForeignDeviceIs403AndAProcessedBatchIs200() {
    server.seedVisit("visit-1");
    String body =
        new String(
            SyncJson.encode(
                PushRequest.of(
                    ProtocolVersion.CURRENT,
                    "dev-b",
                    List.of(MutationBuilder.aVisitNoteUpdate().build()))),
            StandardCharsets.UTF_8);

    assertThat(push(body).status()).isEqualTo(403);
    assertThat(endpoint.push(new Caller("tech-b"), body.getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(200);
  }

  @Test
  void r30_aPullWithAForeignCursorIs400() {
    EndpointResponse response =
        endpoint.pull(
            new Caller("tech-a"),
            "{\"protocolVersion\":1,\"deviceId\":\"dev-a\",\"cursor\":\"abc\",\"pageSize\":10}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("code").textValue()).isEqualTo("INVALID_REQUEST");
  }
}
