package io.fieldline.backend.support.sync;

import io.fieldline.backend.support.Gql;
import io.fieldline.contract.client.Backoff;
import io.fieldline.contract.client.FaultyTransport;
import io.fieldline.contract.client.HttpSyncTransport;
import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.SyncClient;
import io.fieldline.sync.ProtocolVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;

/**
 * A phone running mobile-contract's reference client against the service under test: a device
 * registered over GraphQL, a SQLite store in a temporary file, and a network that loses 20% of
 * responses after the server committed and delivers 10% of requests twice (seeded).
 */
public final class ReferencePhone {

  public final SyncClient client;
  public final FaultyTransport network;
  public final LocalStore store;

  /** Mutations this phone queued while offline (set by the test). */
  public int mutations;

  private ReferencePhone(SyncClient client, FaultyTransport network, LocalStore store) {
    this.client = client;
    this.network = network;
    this.store = store;
  }

  /** Registers a new device of the token's user and opens its phone. */
  public static ReferencePhone open(URI base, String token, long seed) {
    String deviceId = UUID.randomUUID().toString();
    Map<String, Object> input = new HashMap<>();
    input.put("id", deviceId);
    input.put("name", "Reference client " + seed);
    input.put("platform", "ANDROID");
    input.put("protocolVersion", ProtocolVersion.CURRENT);
    Gql.post(token, "identity/register-device", Map.of("input", input))
        .statusCode(200)
        .body("errors", Matchers.nullValue());
    FaultyTransport network =
        new FaultyTransport(
            new HttpSyncTransport(base, () -> token),
            new FaultyTransport.Faults(0.2, 0.1, 0, 0),
            seed);
    LocalStore store = LocalStore.open(temporaryFile("phone-" + seed, ".db").toString());
    SyncClient client =
        SyncClient.builder(store, deviceId, network)
            .backoff(new Backoff(5, 50, seed), Backoff.REAL)
            .maxAttempts(40)
            .maxBatch(4)
            .pageSize(50)
            .build();
    return new ReferencePhone(client, network, store);
  }

  /** A fresh phone on a perfect network (the reference for convergence). */
  public static ReferencePhone fresh(URI base, String token, long seed) {
    ReferencePhone phone = open(base, token, seed);
    phone.network.faults(FaultyTransport.Faults.NONE);
    return phone;
  }

  /** A temporary file removed when the JVM exits. */
  public static Path temporaryFile(String prefix, String suffix) {
    try {
      Path file = Files.createTempFile(prefix, suffix);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
