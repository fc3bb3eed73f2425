package io.fieldline.sync.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every shipped vector against the reference engine over the in-memory store. */
class ConformanceVectorsTest {

  @TestFactory
  Stream<DynamicTest> everyVectorPassesAgainstTheReferenceServer() {
    ReferenceServer server = new ReferenceServer();
    return VectorLoader.loadAll().stream()
        .map(
            vector ->
                DynamicTest.dynamicTest(
                    vector.name() + " " + vector.rules(),
                    () -> {
                      VectorReport report = VectorRunner.run(vector, server);
                      assertThat(report.skipped()).isEmpty();
                      assertThat(report.failures()).as(vector.description()).isEmpty();
                    }));
  }
}
