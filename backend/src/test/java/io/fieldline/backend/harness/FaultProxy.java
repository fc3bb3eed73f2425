package io.fieldline.backend.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-process HTTP proxy between the devices and the service that injects faults by a {@link
 * FaultPlan}: lost requests, responses dropped after the service committed, concurrent duplicates,
 * delays, and partitions bounded in time (every request in the window fails; the window ends by
 * itself). A dropped request or response closes the connection, as a dead link would.
 */
public final class FaultProxy implements AutoCloseable {
  private static final List<String> FORWARDED =
      List.of("Authorization", "Content-Type", "Content-Encoding", "Accept-Encoding");
  private static final List<String> RETURNED =
      List.of("Content-Type", "Content-Encoding", "Retry-After", "WWW-Authenticate");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(Daemon.threads("proxy"));
  private final HttpClient upstream;
  private final Supplier<String> target;
  private final Random random;
  private volatile FaultPlan plan = FaultPlan.NONE;
  private volatile long partitionUntilNanos;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final AtomicLong droppedAfter = new AtomicLong();
  private final AtomicLong duplicated = new AtomicLong();
  private final AtomicLong delayed = new AtomicLong();
  private final AtomicLong partitioned = new AtomicLong();
  private final java.util.concurrent.atomic.AtomicInteger pushesInFlight =
      new java.util.concurrent.atomic.AtomicInteger();

  /** A proxy to the base URL {@code target} gives at each request (it may change on restart). */
  public FaultProxy(Supplier<String> target, long seed) {
    this.target = target;
    this.random = new Random(seed);
    this.upstream =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .executor(executor)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void plan(FaultPlan plan) {
    this.plan = plan;
  }

  /** Every request fails for {@code duration}; the partition heals by itself. */
  public void partition(Duration duration) {
    partitionUntilNanos = System.nanoTime() + duration.toNanos();
  }

  public boolean partitioned() {
    return System.nanoTime() < partitionUntilNanos;
  }

  /** Faults injected so far, by kind. */
  public String faults() {
    return String.format(
        "requests=%d lost=%d droppedAfterCommit=%d duplicated=%d delayed=%d partitioned=%d",
        requests.get(),
        lost.get(),
        droppedAfter.get(),
        duplicated.get(),
        delayed.get(),
        partitioned.get());
  }

  /** Pushes forwarded to the service and not yet answered (for run 3's kill moments). */
  public int pushesInFlight() {
    return pushesInFlight.get();
  }

  public long injected() {
    return lost.get() + droppedAfter.get() + duplicated.get() + delayed.get() + partitioned.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (partitioned()) {
        partitioned.incrementAndGet();
        Sleep.millis(50);
        return; // closes the connection without an answer
      }
      FaultPlan.Fault fault = plan.draw(random);
      if (fault.delayMillis() > 0) {
        delayed.incrementAndGet();
        Sleep.millis(fault.delayMillis());
      }
      if (fault.lose()) {
        lost.incrementAndGet();
        return;
      }
      HttpRequest request = forward(exchange, body);
      HttpResponse<byte[]> response;
      boolean push = exchange.getRequestURI().getPath().endsWith("/sync/push");
      if (push) {
        pushesInFlight.incrementAndGet();
      }
      try {
        if (fault.duplicate()) {
          duplicated.incrementAndGet();
          CompletableFuture<HttpResponse<byte[]>> a =
              upstream.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
          CompletableFuture<HttpResponse<byte[]>> b =
              upstream.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
          response = a.join();
          b.exceptionally(e -> null).join();
        } else {
          response = upstream.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
      } catch (IOException | RuntimeException e) {
        return; // the service is down: the device sees a broken connection
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        if (push) {
          pushesInFlight.decrementAndGet();
        }
      }
      if (fault.dropAfter()) {
        droppedAfter.incrementAndGet();
        return;
      }
      for (String name : RETURNED) {
        response
            .headers()
            .firstValue(name)
            .ifPresent(v -> exchange.getResponseHeaders().add(name, v));
      }
      byte[] out = response.body();
      exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    }
  }

  private HttpRequest forward(HttpExchange exchange, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(target.get() + exchange.getRequestURI()))
            .timeout(Duration.ofSeconds(60))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (String name : FORWARDED) {
      String v = exchange.getRequestHeaders().getFirst(name);
      if (v != null) {
        b.header(name, v);
      }
    }
    return b.build();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
