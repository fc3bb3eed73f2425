package io.fieldline.sync.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.sync.merge.FieldlinePolicies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON of the policies vectors name equals the Java registry, so other languages replay
 * vectors with the same policies. {@code -Dsync.policies.update=true} rewrites it.
 */
class PolicyExportTest {

  private static final Path FILE =
      Path.of(
          "src/main/resources/"
              + VectorLoader.BASE
              + "policies/"
              + FieldlinePolicies.NAME
              + ".json");

  @Test
  void r19_theShippedPolicyFileMatchesTheRegistry() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String exported =
        mapper
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(PolicyExport.toJson(FieldlinePolicies.registry()))
            + "\n";
    if (Boolean.getBoolean("sync.policies.update")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, exported, StandardCharsets.UTF_8);
    }

    assertThat(mapper.readTree(Files.readString(FILE, StandardCharsets.UTF_8)))
        .isEqualTo(mapper.readTree(exported));
    assertThat(PolicyCatalog.named(FieldlinePolicies.NAME)).isPresent();
  }
}
