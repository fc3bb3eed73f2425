package io.fieldline.backend.sync.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as a child process on a
 * free port against the benchmark's database, with development tokens and the demo tenants
 * (ScopeOpenBench opens a technician's scope there).
 */
final class BenchApp implements AutoCloseable {

  static final String SECRET = "fieldline-sync-bench-secret-000000000000000000000";

  private final Process process;
  final URI base;

  private BenchApp(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  /** Starts the service; {@code jvmOptions} (e.g. a flight recording) go before the jar. */
  static BenchApp start(Path jar, Path config, Path log, List<String> jvmOptions) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-Xmx1g",
            "-Dquarkus.config.locations=" + config.toAbsolutePath(),
            "-Dquarkus.profile=demo",
            "-Dfieldline.demo.enabled=true",
            "-Dfieldline.auth.dev-tokens.enabled=true",
            "-Dfieldline.auth.dev-tokens.secret=" + SECRET,
            "-Dquarkus.http.port=" + port,
            "-Dquarkus.log.level=WARN",
            "-jar",
            jar.toAbsolutePath().toString()));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    BenchApp app = new BenchApp(p, URI.create("http://127.0.0.1:" + port));
    app.awaitReady();
    return app;
  }

  private void awaitReady() throws InterruptedException, IOException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited; see its log");
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the service did not become ready in 120 s");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
