package io.fieldline.backend.sync.bench;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.json.SyncJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * A device talking to {@code /sync/push} and {@code /sync/pull} as a phone would (gzip on). It uses
 * the JDK's plain {@link HttpURLConnection} with keep-alive (one connection per device thread): the
 * 50 simulated devices share the two cores with the service and PostgreSQL, and this client costs
 * them about half the CPU of {@code java.net.http.HttpClient}.
 */
final class BenchClient {

  static {
    // keep every device's connection alive (the JDK keeps 5 per host by default)
    System.setProperty("http.maxConnections", "100");
  }

  private final URI base;
  final String token;
  final UUID device;

  BenchClient(URI base, String token, UUID device) {
    this.base = base;
    this.token = token;
    this.device = device;
  }

  /** One pull page from {@code cursor}. */
  PullPage pull(Cursor cursor, int pageSize) throws IOException, InterruptedException {
    PullRequest request =
        new PullRequest(ProtocolVersion.CURRENT, device.toString(), cursor, pageSize);
    PullResponse response =
        SyncJson.decodePullResponse(post("/sync/pull", SyncJson.encode(request)));
    if (!(response instanceof PullPage page)) {
      throw new IllegalStateException("pull answered " + response);
    }
    return page;
  }

  /** One push of {@code mutations}. */
  PushResponse push(List<Mutation> mutations) throws IOException, InterruptedException {
    PushRequest request = PushRequest.of(ProtocolVersion.CURRENT, device.toString(), mutations);
    return SyncJson.decodePushResponse(post("/sync/push", SyncJson.encode(request)));
  }

  /** 503 answers (server busy: nothing applied) resent after a pause, as a phone would. */
  static final java.util.concurrent.atomic.AtomicInteger BUSY =
      new java.util.concurrent.atomic.AtomicInteger();

  private byte[] post(String path, byte[] body) throws IOException, InterruptedException {
    Response response = send(path, body);
    while (response.status() == 503) {
      BUSY.incrementAndGet();
      Thread.sleep(200);
      response = send(path, body);
    }
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status());
    }
    return response.body();
  }

  /** A status and a (decompressed) body. */
  private record Response(int status, byte[] body) {}

  private Response send(String path, byte[] body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) base.resolve(path).toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(body.length);
    c.setRequestProperty("Authorization", "Bearer " + token);
    c.setRequestProperty("Content-Type", "application/json");
    c.setRequestProperty("Accept-Encoding", "gzip");
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    int status = c.getResponseCode();
    byte[] bytes;
    // read to the end and closed: the connection goes back to the keep-alive cache
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      bytes = in == null ? new byte[0] : in.readAllBytes();
    }
    if ("gzip".equals(c.getHeaderField("Content-Encoding")) && bytes.length > 0) {
      try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = gz.readAllBytes();
      }
    }
    return new Response(status, bytes);
  }
}
