package io.fieldline.contract.client.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.contract.client.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@link AttachmentTransport} over the backend's {@code /sync/attachments} endpoints (backend
 * docs/sync.md): declare, status, chunk, finalize, ranged download, with the bearer token of the
 * sync endpoints. A chunk the server already holds (resend after a lost answer) is acknowledged; an
 * offset the server does not expect (409) is answered with where it stands, so the queue resumes
 * there. The last chunk is followed by finalize (the server checks the SHA-256).
 */
public final class HttpAttachmentTransport implements AttachmentTransport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final URI base;
  private final Supplier<String> token;
  private final Duration timeout;

  public HttpAttachmentTransport(URI base, Supplier<String> token) {
    this(HttpClient.newHttpClient(), base, token, Duration.ofSeconds(60));
  }

  public HttpAttachmentTransport(
      HttpClient http, URI base, Supplier<String> token, Duration timeout) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.timeout = timeout;
  }

  @Override
  public long uploadedBytes(String sha256, long size) throws TransportException {
    HttpResponse<byte[]> r = send(request(path(sha256) + "/status").GET());
    if (r.statusCode() == 404) {
      return 0;
    }
    return settle(sha256, size, status(r));
  }

  @Override
  public long uploadChunk(String sha256, long size, String mediaType, long offset, byte[] chunk)
      throws TransportException {
    if (offset == 0) {
      String body =
          JSON.createObjectNode()
              .put("sha256", sha256)
              .put("size", size)
              .put("mediaType", mediaType)
              .toString();
      JsonNode declared =
          status(
              send(
                  request("/sync/attachments")
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))));
      if (declared.path("complete").asBoolean()) {
        return size; // the tenant holds this content already
      }
    }
    HttpResponse<byte[]> r =
        send(
            request(path(sha256) + "/chunks/" + offset)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)));
    if (r.statusCode() == 409) {
      return uploadedBytes(sha256, size);
    }
    return settle(sha256, size, status(r));
  }

  @Override
  public byte[] download(String sha256, long offset, int maxBytes) throws TransportException {
    HttpResponse<byte[]> r =
        send(
            request(path(sha256))
                .header("Range", "bytes=" + offset + "-" + (offset + maxBytes - 1))
                .GET());
    if (r.statusCode() == 416) {
      return new byte[0];
    }
    if (r.statusCode() == 206) {
      return r.body();
    }
    if (r.statusCode() == 200) { // whole content: keep the asked range
      byte[] all = r.body();
      int from = (int) Math.min(offset, all.length);
      int to = (int) Math.min(all.length, offset + maxBytes);
      return java.util.Arrays.copyOfRange(all, from, to);
    }
    throw failure(r);
  }

  /** Bytes held; finalizes when every byte arrived but the upload is not complete yet. */
  private long settle(String sha256, long size, JsonNode status) throws TransportException {
    if (status.path("complete").asBoolean()) {
      return size;
    }
    long received = status.path("received").asLong();
    if (received < size) {
      return received;
    }
    HttpResponse<byte[]> r = send(request(path(sha256) + "/finalize").POST(noBody()));
    if (r.statusCode() == 422) {
      throw new TransportException("the server discarded " + sha256 + ": hash mismatch");
    }
    return status(r).path("complete").asBoolean() ? size : status(r).path("received").asLong();
  }

  private JsonNode status(HttpResponse<byte[]> r) throws TransportException {
    if (r.statusCode() != 200) {
      throw failure(r);
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new TransportException("unreadable attachment status", e);
    }
  }

  private static TransportException failure(HttpResponse<byte[]> r) {
    return new TransportException(
        "HTTP " + r.statusCode() + " from " + r.uri().getPath() + ": " + new String(r.body()));
  }

  private static String path(String sha256) {
    return "/sync/attachments/" + sha256;
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token.get());
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws TransportException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new TransportException("no answer from the attachment endpoint: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted", e);
    }
  }
}
