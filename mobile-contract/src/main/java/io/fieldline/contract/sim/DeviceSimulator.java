package io.fieldline.contract.sim;

import io.fieldline.contract.client.Backoff;
import io.fieldline.contract.client.FaultyTransport;
import io.fieldline.contract.client.HttpSyncTransport;
import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.SyncClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A demo user's phone against a running backend: the reference client on a SQLite file, a network
 * that can go offline or turn lossy, and a small command language read from a script file or
 * standard input (see mobile-contract/README.md).
 *
 * <pre>
 * java -cp "$(cat mobile-contract/target/classpath.txt):mobile-contract/target/classes" \
 *   io.fieldline.contract.sim.DeviceSimulator --token "$TOKEN" --script phone.txt
 * </pre>
 *
 * Options: {@code --server URL} (default http://localhost:8080), {@code --token T} (or
 * FIELDLINE_TOKEN), {@code --db FILE} (default fieldline-phone-&lt;token hash&gt;.db; keeps the
 * phone's state between runs), {@code --script FILE} (default: standard input), {@code --seed N}.
 */
public final class DeviceSimulator {
  private DeviceSimulator() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String token = options.getOrDefault("token", System.getenv("FIELDLINE_TOKEN"));
    if (token == null || token.isBlank()) {
      System.err.println("a --token (or FIELDLINE_TOKEN) of a demo user is required");
      System.exit(2);
    }
    token = token.startsWith("Bearer ") ? token.substring(7) : token;
    URI server = URI.create(options.getOrDefault("server", "http://localhost:8080"));
    String db =
        options.getOrDefault(
            "db", "fieldline-phone-" + Integer.toHexString(token.hashCode()) + ".db");
    long seed = Long.parseLong(options.getOrDefault("seed", "1"));
    String script = options.get("script");
    try (Reader in =
        script == null || script.equals("-")
            ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
            : Files.newBufferedReader(Path.of(script))) {
      int failures = run(server, token, db, in, System.out, seed);
      System.exit(failures == 0 ? 0 : 1);
    }
  }

  /**
   * Runs a script as the token's user's phone whose state lives in the SQLite file {@code db}; the
   * number of failed commands.
   */
  public static int run(
      URI server, String token, String db, Reader script, PrintStream out, long seed)
      throws IOException, InterruptedException {
    try (LocalStore store = LocalStore.open(db)) {
      String deviceId = store.meta("device_id").orElse(UUID.randomUUID().toString());
      FaultyTransport network =
          new FaultyTransport(
              new HttpSyncTransport(server, () -> token), FaultyTransport.Faults.NONE, seed);
      SyncClient client =
          SyncClient.builder(store, deviceId, network)
              .backoff(new Backoff(200, 5_000, seed), Backoff.REAL)
              .maxAttempts(5)
              .build();
      ScriptRunner runner = new ScriptRunner(client, network, new GraphqlHttp(server, token), out);
      return runner.run(new BufferedReader(script));
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs but got " + args[i]);
      }
      out.put(args[i].substring(2), args[++i]);
    }
    return out;
  }
}
