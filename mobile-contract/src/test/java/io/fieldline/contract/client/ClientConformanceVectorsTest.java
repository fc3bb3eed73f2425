package io.fieldline.contract.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.conformance.ConformanceVector;
import io.fieldline.sync.conformance.VectorLoader;
import io.fieldline.sync.conformance.VectorReport;
import io.fieldline.sync.conformance.VectorRunner;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every sync-protocol conformance vector and feeds each answer a device receives into the
 * reference client's codec, store and settlement ({@link ClientObserver}).
 */
class ClientConformanceVectorsTest {
  private static final ClientObserver OBSERVER = new ClientObserver();

  @TestFactory
  Stream<DynamicTest> theClientHandlesEveryAnswerOfEveryVector() {
    List<ConformanceVector> vectors = VectorLoader.loadAll();
    return vectors.stream()
        .map(
            vector ->
                DynamicTest.dynamicTest(
                    vector.name() + " " + vector.rules(),
                    () -> {
                      OBSERVER.failures.clear();
                      VectorReport report = VectorRunner.run(vector, OBSERVER);
                      assertThat(report.failures()).as("server side").isEmpty();
                      assertThat(OBSERVER.failures).as(vector.description()).isEmpty();
                    }));
  }

  @AfterAll
  static void theClientChecksWereExercised() {
    assertThat(OBSERVER.checkpoints).as("checkpoints compared").isGreaterThanOrEqualTo(25);
    assertThat(OBSERVER.settled).as("results settled").isGreaterThan(50);
  }
}
