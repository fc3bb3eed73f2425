package io.fieldline.backend.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a child process against
 * a harness database: starts it, waits for {@code /q/health/ready}, kills it with SIGKILL and
 * starts it again on the same port. Logs go to {@code target/harness/<name>-<n>.log}.
 */
public final class ServiceSupervisor implements AutoCloseable {
  /** The secret of the development tokens the harness signs (never a production setting). */
  public static final String TOKEN_SECRET = "fieldline-harness-only-secret-000000000000000000";

  private final Path jar;
  private final Path config;
  private final Path logDir;
  private final String name;
  private final int port;
  private final List<String> extraProperties;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  public ServiceSupervisor(Path config, String name, List<String> extraProperties) {
    this.jar = Path.of(System.getProperty("harness.jar", "target/quarkus-app/quarkus-run.jar"));
    this.config = config.toAbsolutePath();
    this.logDir = Path.of("target", "harness");
    this.name = name;
    this.port = freePort();
    this.extraProperties = List.copyOf(extraProperties);
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "No packaged service at "
              + jar.toAbsolutePath()
              + ": run `./mvnw -pl backend -am package`");
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Starts the service and waits until it is ready; the time it took. */
  public synchronized Duration start() {
    long t0 = System.nanoTime();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + System.getProperty("harness.service.xmx", "512m"));
    command.add("-XX:ActiveProcessorCount=" + System.getProperty("harness.service.cpus", "2"));
    command.add("-Dquarkus.config.locations=" + config);
    command.add("-Dquarkus.profile=harness");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dfieldline.auth.dev-tokens.enabled=true");
    command.add("-Dfieldline.auth.dev-tokens.secret=" + TOKEN_SECRET);
    command.add("-Dquarkus.log.console.level=WARN");
    command.addAll(extraProperties);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    try {
      Files.createDirectories(logDir);
      Path log =
          logDir.resolve(name + "-" + ProcessHandle.current().pid() + "-" + (++starts) + ".log");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      Process child = process;
      Runtime.getRuntime().addShutdownHook(new Thread(child::destroyForcibly));
      awaitReady(Duration.ofSeconds(Long.getLong("harness.start-timeout", 300)), log);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the service: " + e.getMessage(), e);
    }
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /** SIGKILL (no shutdown hooks, no graceful close) and wait until the process is gone. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** SIGKILL, then start again; the time until ready. */
  public Duration killAndRestart() {
    kill();
    return start();
  }

  /** The child's process id (for CPU and memory readings), or -1. */
  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  public int starts() {
    return starts;
  }

  private void awaitReady(Duration timeout, Path log) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI health = URI.create(baseUrl() + "/q/health/ready");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The service exited at start; see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      Sleep.millis(100);
    }
    throw new IllegalStateException("The service was not ready in " + timeout + "; see " + log);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    kill();
  }
}
