package io.fieldline.sync.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped vector set: indexed, at least 40, unique names, strict format, runner checks. */
class VectorIndexTest {

  private static final Path DIR = Path.of("src/main/resources/" + VectorLoader.BASE + "vectors");

  @Test
  void r2_theIndexListsEveryVectorFileAndAtLeastForty() throws IOException {
    List<String> index = VectorLoader.index();
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
          .isEqualTo(new HashSet<>(index));
    }
    assertThat(index).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    Set<String> names = new HashSet<>();
    VectorLoader.loadAll().forEach(v -> assertThat(names.add(v.name())).as(v.name()).isTrue());
  }

  @Test
  void r2_theVectorFormatIsStrictSoTyposCannotWeakenAVector() {
    String typo =
        "{\"name\":\"x\",\"description\":\"d\",\"rules\":[\"R1\"],\"setup\":{\"policies\":\"fieldline-default\","
            + "\"time\":\"2026-03-02T08:00:00Z\",\"devices\":[]},\"steps\":[{\"compact\":{},\"expct\":{}}]}";

    assertThatThrownBy(() -> VectorLoader.load(typo.getBytes(StandardCharsets.UTF_8), "typo.json"))
        .hasMessageContaining("a step has exactly one of");
  }

  @Test
  void r7_theRunnerReportsAWrongExpectation() {
    ConformanceVector vector = VectorLoader.loadAll().get(2);
    String json =
        new String(
            VectorLoader.resource(VectorLoader.BASE + "vectors/" + VectorLoader.index().get(2)),
            StandardCharsets.UTF_8);
    ConformanceVector broken =
        VectorLoader.load(
            json.replace("\"quantity\": 8", "\"quantity\": 6").getBytes(StandardCharsets.UTF_8),
            "broken");

    assertThat(VectorRunner.run(vector, new ReferenceServer()).passed()).isTrue();
    VectorReport report = VectorRunner.run(broken, new ReferenceServer());
    assertThat(report.failures())
        .singleElement()
        .asString()
        .contains("quantity")
        .contains("expected 6");
  }

  @Test
  void r12_aServerWithoutFaultInjectionSkipsVectorsThatNeedIt() {
    ReferenceServer reference = new ReferenceServer();
    ServerUnderTest withoutFaults =
        (ServerUnderTest)
            java.lang.reflect.Proxy.newProxyInstance(
                ServerUnderTest.class.getClassLoader(),
                new Class<?>[] {ServerUnderTest.class},
                (proxy, method, args) ->
                    method.getName().equals("capabilities")
                        ? Set.of()
                        : method.invoke(reference, args));
    ConformanceVector needsFaults =
        VectorLoader.loadAll().stream()
            .filter(v -> v.steps().stream().anyMatch(s -> s instanceof VectorStep.FailTransiently))
            .findFirst()
            .orElseThrow();

    assertThat(VectorRunner.run(needsFaults, withoutFaults).skipped()).isPresent();
  }
}
