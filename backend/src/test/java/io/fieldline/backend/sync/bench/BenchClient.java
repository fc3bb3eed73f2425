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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/** A device talking to {@code /sync/push} and {@code /sync/pull} as a phone would (gzip on). */
final class BenchClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
    HttpResponse<byte[]> response = send(path, body);
    while (response.statusCode() == 503) {
      BUSY.incrementAndGet();
      Thread.sleep(200);
      response = send(path, body);
    }
    return decode(path, response);
  }

  private HttpResponse<byte[]> send(String path, byte[] body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] decode(String path, HttpResponse<byte[]> response) throws IOException {
    byte[] bytes = response.body();
    if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return bytes;
  }
}
