package io.fieldline.backend.sync.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.sync.service.SyncEngines;
import io.fieldline.sync.conformance.ConformanceVector;
import io.fieldline.sync.conformance.VectorLoader;
import io.fieldline.sync.conformance.VectorReport;
import io.fieldline.sync.conformance.VectorRunner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sync-protocol conformance vector, replayed against the backend over HTTP. */
@QuarkusTest
class ConformanceOverHttpTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;
  @Inject SyncEngines engines;

  private static HttpServerUnderTest server;

  @TestFactory
  Stream<DynamicTest> everyVectorPassesOverHttp() {
    assertThat(engines).isInstanceOf(ConformanceEngines.class);
    server = new HttpServerUnderTest(dataSource, tokens, (ConformanceEngines) engines);
    List<ConformanceVector> vectors = VectorLoader.loadAll();
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(60);
    return vectors.stream()
        .map(
            v ->
                DynamicTest.dynamicTest(
                    v.name(),
                    () -> {
                      VectorReport report = VectorRunner.run(v, server);
                      assertThat(report.skipped()).as(v.name()).isEmpty();
                      assertThat(report.failures()).as(v.name()).isEmpty();
                    }));
  }

  @AfterAll
  static void release() {
    if (server != null) {
      server.close();
    }
  }
}
