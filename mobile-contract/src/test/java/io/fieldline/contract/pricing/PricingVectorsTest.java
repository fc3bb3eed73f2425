package io.fieldline.contract.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.contract.pricing.EnvelopeVerdict.NeedsApproval;
import io.fieldline.contract.pricing.LimitExceeded.LineDiscountExceeded;
import io.fieldline.contract.pricing.PricingResult.Priced;
import io.fieldline.contract.pricing.PricingResult.Rejected;
import io.fieldline.contract.pricing.TotalsCheck.TotalsMismatch;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every conformance vector against the engine, one test per vector. */
class PricingVectorsTest {

  static List<String> vectorNames() {
    return VectorReader.index();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectorNames")
  void replays(String name) {
    PricingVector vector = VectorReader.read(name);
    JsonNode expected = vector.expected();
    PricingResult result =
        new PricingEngine(vector.catalog()).price(vector.quote(), vector.envelope());

    if (expected.get("result").asText().equals("REJECTED")) {
      assertThat(result).as(vector.description()).isInstanceOf(Rejected.class);
      List<String> issues =
          ((Rejected) result)
              .issues().stream().map(issue -> issue.code().wire() + " at " + issue.path()).toList();
      List<String> expectedIssues = new ArrayList<>();
      expected
          .get("issues")
          .forEach(
              issue ->
                  expectedIssues.add(
                      issue.get("code").asText() + " at " + issue.get("path").asText()));
      assertThat(issues).containsExactlyElementsOf(expectedIssues);
      return;
    }
    assertThat(result).as(vector.description()).isInstanceOf(Priced.class);
    Priced priced = (Priced) result;
    assertLines(priced.quote().lines(), expected.get("lines"));
    assertTotals(priced.quote().totals(), expected.get("totals"));
    PricingInvariants.assertHold(priced.quote());
    assertVerdict(priced.verdict(), expected);
    vector
        .clientTotals()
        .ifPresent(
            client ->
                assertMismatch(
                    TotalsCheck.compare(client, priced.quote().totals()),
                    expected.get("totalsMismatch")));
  }

  @Test
  void indexListsEveryShippedVectorAndAtLeastThirty() throws IOException, URISyntaxException {
    Path directory = Path.of(VectorReader.class.getResource(VectorReader.DIRECTORY).toURI());
    List<String> files;
    try (Stream<Path> paths = Files.list(directory)) {
      files =
          paths
              .map(path -> path.getFileName().toString())
              .filter(file -> file.endsWith(".json") && !file.equals("index.json"))
              .sorted()
              .toList();
    }
    assertThat(vectorNames())
        .containsExactlyInAnyOrderElementsOf(files)
        .hasSizeGreaterThanOrEqualTo(30);
    assertThat(VectorReader.readTree("index.json").get("formatVersion").asInt()).isEqualTo(1);
  }

  @Test
  void vectorsCoverEveryIssueCodeLimitAndVerdict() {
    Set<String> seen = new HashSet<>();
    for (String name : vectorNames()) {
      JsonNode expected = VectorReader.readTree(name).get("expected");
      expected.path("issues").forEach(issue -> seen.add(issue.get("code").asText()));
      expected.path("exceeded").forEach(limit -> seen.add(limit.get("limit").asText()));
      seen.add(expected.path("verdict").asText());
      if (expected.has("totalsMismatch")) {
        seen.add(expected.get("totalsMismatch").isEmpty() ? "TOTALS_MATCH" : "TOTALS_MISMATCH");
      }
    }
    List<String> required = new ArrayList<>();
    Arrays.stream(IssueCode.values()).map(IssueCode::wire).forEach(required::add);
    Arrays.stream(LimitExceeded.Limit.values()).map(Enum::name).forEach(required::add);
    required.addAll(
        List.of("APPROVABLE_BY_REP", "NEEDS_APPROVAL", "TOTALS_MATCH", "TOTALS_MISMATCH"));
    assertThat(seen).containsAll(required);
  }

  private static void assertLines(List<PricedLine> lines, JsonNode expected) {
    assertThat(lines).hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      PricedLine line = lines.get(i);
      JsonNode want = expected.get(i);
      String at = "line " + i + " ";
      assertThat(line.line()).isEqualTo(i);
      assertThat(line.priceBookId())
          .as(at + "priceBookId")
          .isEqualTo(want.get("priceBookId").asText());
      assertThat(line.unitPrice())
          .as(at + "unitPrice")
          .isEqualTo(VectorReader.decimal(want.get("unitPrice")));
      assertThat(line.listAmount())
          .as(at + "listAmount")
          .isEqualTo(VectorReader.decimal(want.get("listAmount")));
      assertThat(line.netAmount())
          .as(at + "netAmount")
          .isEqualTo(VectorReader.decimal(want.get("netAmount")));
      assertThat(line.quoteDiscountShare())
          .as(at + "quoteDiscountShare")
          .isEqualTo(VectorReader.decimal(want.get("quoteDiscountShare")));
      assertThat(line.taxAmount())
          .as(at + "taxAmount")
          .isEqualTo(VectorReader.decimal(want.get("taxAmount")));
    }
  }

  /** Exact comparison, scale included: "238.00" pins the EUR scale, "5518" the JPY one. */
  private static void assertTotals(Totals totals, JsonNode expected) {
    assertThat(totals).isEqualTo(VectorReader.totals(expected));
  }

  private static void assertVerdict(EnvelopeVerdict verdict, JsonNode expected) {
    assertThat(verdict.wire()).isEqualTo(expected.get("verdict").asText());
    List<LimitExceeded> exceeded =
        verdict instanceof NeedsApproval needs ? needs.exceeded() : List.of();
    JsonNode want = expected.get("exceeded");
    assertThat(exceeded).hasSize(want.size());
    for (int i = 0; i < exceeded.size(); i++) {
      LimitExceeded limit = exceeded.get(i);
      JsonNode w = want.get(i);
      assertThat(limit.limit().name()).isEqualTo(w.get("limit").asText());
      if (limit instanceof LineDiscountExceeded line) {
        assertThat(line.line()).isEqualTo(w.get("line").asInt());
      } else {
        assertThat(w.has("line")).as("quote-level limit has no line").isFalse();
      }
      assertThat(limit.allowed()).isEqualByComparingTo(VectorReader.decimal(w.get("allowed")));
      assertThat(limit.actual()).isEqualByComparingTo(VectorReader.decimal(w.get("actual")));
      assertThat(limit.excess()).isEqualByComparingTo(VectorReader.decimal(w.get("excess")));
    }
  }

  private static void assertMismatch(TotalsCheck.TotalsComparison comparison, JsonNode expected) {
    List<TotalsCheck.Difference> differences =
        comparison instanceof TotalsMismatch mismatch ? mismatch.differences() : List.of();
    assertThat(differences).hasSize(expected.size());
    for (int i = 0; i < differences.size(); i++) {
      TotalsCheck.Difference difference = differences.get(i);
      JsonNode want = expected.get(i);
      assertThat(difference.figure()).isEqualTo(Figure.fromWire(want.get("figure").asText()));
      assertThat(difference.client()).isEqualTo(VectorReader.decimal(want.get("client")));
      assertThat(difference.engine()).isEqualTo(VectorReader.decimal(want.get("engine")));
    }
  }
}
