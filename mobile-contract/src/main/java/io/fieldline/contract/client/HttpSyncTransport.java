package io.fieldline.contract.client;

import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.json.SyncJson;
import io.fieldline.sync.wire.json.WireFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@code POST /sync/push} and {@code /sync/pull} with a bearer token (PROTOCOL.md, HTTP mapping).
 * 200, 400, 403, 413 and 503 carry protocol bodies; 401 stops the sync (sign in again); anything
 * else, or no answer, is a lost response.
 */
public final class HttpSyncTransport implements SyncTransport {
  private final HttpClient http;
  private final URI base;
  private final Supplier<String> token;
  private final Duration timeout;

  public HttpSyncTransport(URI base, Supplier<String> token) {
    this(HttpClient.newHttpClient(), base, token, Duration.ofSeconds(30));
  }

  public HttpSyncTransport(HttpClient http, URI base, Supplier<String> token, Duration timeout) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.timeout = timeout;
  }

  @Override
  public PushResponse push(PushRequest request) throws TransportException {
    byte[] body = post("/sync/push", SyncJson.encode(request));
    return decode(() -> SyncJson.decodePushResponse(body));
  }

  @Override
  public PullResponse pull(PullRequest request) throws TransportException {
    byte[] body = post("/sync/pull", SyncJson.encode(request));
    return decode(() -> SyncJson.decodePullResponse(body));
  }

  private byte[] post(String path, byte[] body) throws TransportException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token.get())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new TransportException("no answer from " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for " + path, e);
    }
    int status = response.statusCode();
    if (status == 401) {
      throw new SyncStoppedException("UNAUTHENTICATED", "the server refused the token (401)");
    }
    if (status == 200 || status == 400 || status == 403 || status == 413 || status == 503) {
      return response.body();
    }
    throw new TransportException("unexpected HTTP status " + status + " from " + path);
  }

  private static <T> T decode(Supplier<T> decoder) throws TransportException {
    try {
      return decoder.get();
    } catch (WireFormatException e) {
      throw new TransportException("unreadable answer: " + e.getMessage(), e);
    }
  }
}
