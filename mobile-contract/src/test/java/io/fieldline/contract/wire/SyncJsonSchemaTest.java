package io.fieldline.contract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schema of the sync messages ({@code sync-schema/v1/sync-messages.schema.json}) accepts
 * every golden file of sync-protocol (its test-jar) as the message it is, the shipped examples are
 * exactly those golden files, and broken messages are refused naming the problem.
 */
class SyncJsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCHEMA = "sync-schema/v1/sync-messages.schema.json";

  /** Golden file -> the message definitions it must satisfy. */
  private static final Map<String, String[]> GOLDEN =
      Map.ofEntries(
          Map.entry("push-request", new String[] {"PushRequest"}),
          Map.entry("push-result-complete", new String[] {"PushResult", "PushResponse"}),
          Map.entry("push-result-out-of-order", new String[] {"PushResult", "PushResponse"}),
          Map.entry("push-result-retry-later", new String[] {"PushResult", "PushResponse"}),
          Map.entry("pull-request", new String[] {"PullRequest"}),
          Map.entry("pull-page-more", new String[] {"PullPage", "PullResponse"}),
          Map.entry("pull-page-checkpoint", new String[] {"PullPage", "PullResponse"}),
          Map.entry("resync-required", new String[] {"ResyncRequired", "PullResponse"}),
          Map.entry("refused-batch-too-large", new String[] {"Refused", "PushResponse"}),
          Map.entry("refused-invalid-request", new String[] {"Refused", "PullResponse"}),
          Map.entry("refused-retryable", new String[] {"Refused", "PushResponse"}),
          Map.entry("refused-unauthorized-device", new String[] {"Refused", "PullResponse"}),
          Map.entry("refused-unsupported-version", new String[] {"Refused", "PushResponse"}));

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = SyncJsonSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return MAPPER.readTree(in);
    }
  }

  /** The schema narrowed to one definition (or the root when {@code definition} is null). */
  private static JsonSchema schema(String definition) throws IOException {
    ObjectNode root = (ObjectNode) read(SCHEMA);
    if (definition != null) {
      root.remove("oneOf");
      root.put("$ref", "#/$defs/" + definition);
    }
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }

  private static Set<ValidationMessage> errors(String definition, JsonNode message)
      throws IOException {
    return schema(definition).validate(message);
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenFileIsAValidMessage() {
    return GOLDEN.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      JsonNode golden = read("golden/v1/" + e.getKey() + ".json");
                      for (String definition : e.getValue()) {
                        assertThat(errors(definition, golden)).as(definition).isEmpty();
                      }
                      assertThat(errors(null, golden)).as("root").isEmpty();
                      assertThat(read("sync-schema/v1/examples/" + e.getKey() + ".json"))
                          .as("the shipped example is the golden file")
                          .isEqualTo(golden);
                    }));
  }

  @Test
  void aMutationMissingItsDeviceTimeOrWithAnUnknownOperationIsRefused() throws IOException {
    ObjectNode push = (ObjectNode) read("golden/v1/push-request.json");
    ObjectNode first = (ObjectNode) push.get("mutations").get(0);
    first.remove("deviceTime");
    ((ObjectNode) push.get("mutations").get(1)).put("operation", "upsert");

    Set<ValidationMessage> errors = errors("PushRequest", push);

    assertThat(errors.toString()).contains("deviceTime").contains("mutations[1].operation");
  }

  @Test
  void aCreateWithABaseVersionAndAnUpdateWithoutFieldsAreRefused() throws IOException {
    ObjectNode push = (ObjectNode) read("golden/v1/push-request.json");
    ArrayNode mutations = (ArrayNode) push.get("mutations");
    ((ObjectNode) mutations.get(0)).put("baseVersion", 2);
    ((ObjectNode) mutations.get(1)).putObject("fields");

    assertThat(errors("PushRequest", push)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aLastPageWithoutChecksumAndARefusalWithoutItsLimitsAreRefused() throws IOException {
    ObjectNode last = (ObjectNode) read("golden/v1/pull-page-checkpoint.json");
    last.remove("scopeChecksum");
    ObjectNode tooLarge = (ObjectNode) read("golden/v1/refused-batch-too-large.json");
    tooLarge.remove("maxBytes");

    assertThat(errors("PullPage", last).toString()).contains("scopeChecksum");
    assertThat(errors("Refused", tooLarge).toString()).contains("maxBytes");
  }
}
