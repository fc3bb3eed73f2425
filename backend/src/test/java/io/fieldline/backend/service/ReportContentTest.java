package io.fieldline.backend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report hash a signature covers: stable for equal content, different for any change. */
class ReportContentTest {
  private static final UUID PART = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private static ReportContent report(String notes, String answer, BigDecimal quantity) {
    return new ReportContent(
        notes,
        new TreeMap<>(Map.of("safety_check", answer, "condition", "GOOD")),
        List.of(
            new ReportContent.Time(
                TimeEntryKind.WORK,
                Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-05T10:00:00Z"))),
        List.of(new ReportContent.Part(PART, quantity)),
        List.of(
            new ReportContent.Attachment(AttachmentKind.PHOTO, "a".repeat(64), 1000, "image/jpeg")),
        null);
  }

  @Test
  void equalContentHashesEquallyWhateverTheScaleOfQuantities() {
    assertThat(report("ok", "YES", new BigDecimal("2")).sha256())
        .isEqualTo(report("ok", "YES", new BigDecimal("2.000")).sha256())
        .matches("[0-9a-f]{64}");
  }

  @Test
  void anyChangeChangesTheHash() {
    String base = report("ok", "YES", BigDecimal.ONE).sha256();
    assertThat(report("ok!", "YES", BigDecimal.ONE).sha256()).isNotEqualTo(base);
    assertThat(report("ok", "NO", BigDecimal.ONE).sha256()).isNotEqualTo(base);
    assertThat(report("ok", "YES", BigDecimal.TEN).sha256()).isNotEqualTo(base);
  }

  @Test
  void valuesCannotBleedIntoEachOther() {
    // length prefixes: moving text between notes and an answer changes the canonical form
    assertThat(report("a\nanswer:x=1:b", "YES", BigDecimal.ONE).canonical())
        .isNotEqualTo(report("a", "YES", BigDecimal.ONE).canonical());
  }
}
