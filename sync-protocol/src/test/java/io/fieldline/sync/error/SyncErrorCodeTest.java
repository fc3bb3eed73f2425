package io.fieldline.sync.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue is one enum and PROTOCOL.md documents exactly it (R4). */
class SyncErrorCodeTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| ([A-Z_]+) \\| (request|mutation) \\| (permanent|retryable) \\| .+\\|$");

  @Test
  void r4_theProtocolTableListsEveryCodeWithItsLevelAndDisposition() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("PROTOCOL.md"), StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        documented.put(m.group(1), m.group(2) + "/" + m.group(3));
      }
    }
    Map<String, String> catalogue =
        Arrays.stream(SyncErrorCode.values())
            .collect(
                Collectors.toMap(
                    SyncErrorCode::name,
                    c ->
                        c.level().name().toLowerCase(Locale.ROOT)
                            + "/"
                            + (c.permanent() ? "permanent" : "retryable"),
                    (a, b) -> a,
                    TreeMap::new));

    assertThat(documented).isEqualTo(catalogue);
  }

  @Test
  void r11_mutationCodesArePermanentAndRequestCodesRetryable() {
    for (SyncErrorCode code : SyncErrorCode.values()) {
      assertThat(code.permanent())
          .as(code.name())
          .isEqualTo(code.level() == SyncErrorCode.Level.MUTATION)
          .isNotEqualTo(code.retryable());
      assertThat(SyncErrorCode.fromWire(code.wire())).isEqualTo(code);
    }
  }
}
