package io.fieldline.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void equalTextsHaveNoDiffIgnoringTrailingBlanks() {
    assertThat(TextDiff.of("a", "type A {\n  x: Int\n}\n", "b", "type A {  \n  x: Int\n}\n\n"))
        .isEmpty();
  }

  @Test
  void aChangedLineIsShownWithContext() {
    String before = "type A {\n  a: Int\n  b: Int\n  c: Int\n  d: Int\n  e: Int\n  f: Int\n}\n";
    String after = before.replace("  d: Int", "  d: String");

    String diff = TextDiff.of("committed", before, "served", after);

    assertThat(diff)
        .isEqualTo(
            "--- committed\n+++ served\n...\n    a: Int\n    b: Int\n    c: Int\n"
                + "-   d: Int\n+   d: String\n    e: Int\n    f: Int\n  }\n");
  }
}
