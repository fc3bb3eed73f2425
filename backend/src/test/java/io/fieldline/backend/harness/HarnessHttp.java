package io.fieldline.backend.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Posts sync bodies with a bearer token; a broken connection or timeout answers null. */
public final class HarnessHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private final Supplier<String> baseUrl;
  private final String token;

  public HarnessHttp(Supplier<String> baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  public String baseUrl() {
    return baseUrl.get();
  }

  public String token() {
    return token;
  }

  /** An answer: status, body, and the time it took. */
  public record Reply(int status, byte[] body, long nanos) {}

  public Reply post(String path, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.body(), System.nanoTime() - t0);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
