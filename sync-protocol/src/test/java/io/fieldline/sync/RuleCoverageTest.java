package io.fieldline.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.conformance.ConformanceVector;
import io.fieldline.sync.conformance.VectorLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of PROTOCOL.md has a test whose method name cites it ({@code r7_...}, several as
 * {@code r29_r41_...}), every rule not tagged (client) is covered by a conformance vector, and
 * nothing cites a rule that does not exist (style.md #5, #7).
 */
class RuleCoverageTest {

  private static final Pattern RULE =
      Pattern.compile("^\\*\\*(R[0-9]+)\\*\\* \\*\\((server|client|both)\\)\\*");
  private static final Pattern TEST_METHOD =
      Pattern.compile("\\s((?:r[0-9]+_)+)[a-zA-Z]\\w*\\s*\\(");

  private static Map<String, String> rules;
  private static Set<String> citedByTests;

  @BeforeAll
  static void read() throws IOException {
    rules = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("PROTOCOL.md"), StandardCharsets.UTF_8)) {
      Matcher m = RULE.matcher(line);
      if (m.find()) {
        assertThat(rules.put(m.group(1), m.group(2)))
            .as("rule %s defined twice", m.group(1))
            .isNull();
      }
    }
    citedByTests = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file :
          files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = TEST_METHOD.matcher(read(file));
        while (m.find()) {
          for (String id : m.group(1).split("_")) {
            citedByTests.add("R" + id.substring(1));
          }
        }
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRulesAreNumberedWithoutGaps() {
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= rules.size(); i++) {
      expected.add("R" + i);
    }
    assertThat(rules.keySet()).containsExactlyElementsOf(expected).hasSizeGreaterThan(30);
  }

  @Test
  void everyRuleHasATestCitingIt() {
    assertThat(rules.keySet())
        .as("rules without a test named rN_...")
        .allMatch(citedByTests::contains);
  }

  @Test
  void testsCiteOnlyExistingRules() {
    assertThat(citedByTests)
        .as("cited rules missing from PROTOCOL.md")
        .allMatch(rules::containsKey);
  }

  @Test
  void everyServerRuleIsCoveredByAConformanceVector() {
    Set<String> citedByVectors = new TreeSet<>();
    for (ConformanceVector vector : VectorLoader.loadAll()) {
      assertThat(vector.rules()).as(vector.name()).allMatch(rules::containsKey);
      citedByVectors.addAll(vector.rules());
    }
    Set<String> serverRules =
        rules.entrySet().stream()
            .filter(e -> !e.getValue().equals("client"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(serverRules).as("rules without a vector").allMatch(citedByVectors::contains);
  }
}
