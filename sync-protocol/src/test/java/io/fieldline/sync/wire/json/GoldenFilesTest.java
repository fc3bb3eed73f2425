package io.fieldline.sync.wire.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.testing.SampleMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden files pin the JSON of every message of the current version (R2): each sample encodes
 * to its golden file and the golden file decodes to the sample. Run with {@code
 * -Dsync.golden.update=true} to rewrite them after a deliberate format change; {@link
 * GoldenHashTest} then demands a version bump.
 */
class GoldenFilesTest {

  static final Path DIR = Path.of("src/test/resources/golden/v" + ProtocolVersion.CURRENT);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> r2_everyMessageEncodesToItsGoldenFileAndBack() {
    return SampleMessages.all().values().stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(
                    sample.name(),
                    () -> {
                      Path file = DIR.resolve(sample.name() + ".json");
                      byte[] encoded = sample.encode();
                      if (Boolean.getBoolean("sync.golden.update")) {
                        write(file, encoded);
                      }
                      byte[] golden = Files.readAllBytes(file);
                      assertThat(SyncJson.parseTree(encoded))
                          .as("encoding of %s vs %s", sample.name(), file)
                          .isEqualTo(SyncJson.parseTree(golden));
                      assertThat(sample.decode().apply(golden)).isEqualTo(sample.message());
                    }));
  }

  @Test
  void r2_everyGoldenFileHasASample() throws IOException {
    Map<String, SampleMessages.Sample> samples = SampleMessages.all();
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
          .containsExactlyInAnyOrderElementsOf(samples.keySet());
    }
  }

  private static void write(Path file, byte[] encoded) throws IOException {
    Files.createDirectories(file.getParent());
    JsonNode tree = MAPPER.readTree(encoded);
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    Files.writeString(file, pretty, StandardCharsets.UTF_8);
  }
}
