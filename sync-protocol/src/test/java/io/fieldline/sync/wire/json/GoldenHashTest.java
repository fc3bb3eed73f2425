package io.fieldline.sync.wire.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.ProtocolVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Changing the wire format requires a version bump (style.md #4): the canonical content of each
 * version's golden files is pinned by hash in {@code golden/golden-hashes.properties}, and every
 * version up to {@link ProtocolVersion#CURRENT} has a line in PROTOCOL.md's version history.
 */
class GoldenHashTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static String hash(int version) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(GOLDEN.resolve("v" + version))) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        all.append(file.getFileName()).append('\n');
        all.append(CanonicalJson.canonical(Files.readAllBytes(file))).append('\n');
      }
    }
    return CanonicalJson.sha256(all.toString());
  }

  private static Properties pinned() throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            GOLDEN.resolve("golden-hashes.properties"), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  @Test
  void r1_theGoldenFilesOfEachVersionMatchTheirPinnedHash() throws IOException {
    Properties pinned = pinned();
    assertThat(pinned.getProperty("v" + ProtocolVersion.CURRENT))
        .as("golden/golden-hashes.properties must pin v%s", ProtocolVersion.CURRENT)
        .isNotNull();
    for (String version : pinned.stringPropertyNames()) {
      int v = Integer.parseInt(version.substring(1));
      assertThat(hash(v))
          .as(
              "golden files of %s changed. A format change needs a new protocol version: bump"
                  + " ProtocolVersion.CURRENT, write golden/v<new> (-Dsync.golden.update=true),"
                  + " pin its hash here and add a line to PROTOCOL.md's version history. Restore"
                  + " golden/%s as it was.",
              version, version)
          .isEqualTo(pinned.getProperty(version));
    }
  }

  @Test
  void r1_everyVersionUpToTheCurrentOneHasAHistoryLineAndSupportedOnesHaveGoldens()
      throws IOException {
    List<String> lines = Files.readAllLines(Path.of("PROTOCOL.md"), StandardCharsets.UTF_8);
    for (int v = 1; v <= ProtocolVersion.CURRENT; v++) {
      String prefix = "| " + v + " |";
      assertThat(lines)
          .as("PROTOCOL.md version history line for v%s", v)
          .anyMatch(l -> l.startsWith(prefix));
    }
    for (int v : ProtocolVersion.SUPPORTED) {
      assertThat(GOLDEN.resolve("v" + v)).isDirectory();
      assertThat(pinned().getProperty("v" + v)).as("pinned hash of supported v%s", v).isNotNull();
    }
  }
}
