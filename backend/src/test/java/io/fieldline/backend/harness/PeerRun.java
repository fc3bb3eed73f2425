package io.fieldline.backend.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The peer comparison, one after the other on the same machine and loopback: first Fieldline (its
 * service and reference client, {@link PeerFieldline}), then {@code pouchdb-server} (LevelDB under
 * {@code target/peer/data}) replicated by PouchDB's own client ({@code
 * src/test/peer/peer-client.js} with a LevelDB copy), on the same seeded dataset ({@link
 * PeerDataset}). The peer is installed here with {@code npm ci} into {@code target/peer}
 * (git-ignored; nothing of it is committed). Prints both columns and the ratio Fieldline / peer per
 * step.
 */
final class PeerRun {
  private static final Path SOURCE = Path.of("src", "test", "peer");
  private static final Path WORK = Path.of("target", "peer");

  private PeerRun() {}

  static void run(long seed, List<Integer> sizes) throws Exception {
    install();
    Map<String, Map<String, Double>> fieldline = PeerFieldline.run(seed, sizes);
    Map<String, Map<String, Double>> peer = new LinkedHashMap<>();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = WORK.resolve("data");
    deleteTree(data);
    Files.createDirectories(data);
    Process server =
        new ProcessBuilder(
                "node",
                WORK.resolve("node_modules/pouchdb-server/bin/pouchdb-server")
                    .toAbsolutePath()
                    .toString(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--dir",
                data.toAbsolutePath().toString(),
                "--no-stdout-logs")
            .directory(data.toFile())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("pouchdb-server.log").toFile())
            .start();
    try {
      String url = "http://127.0.0.1:" + port;
      awaitUp(url);
      double cpu0 = ProcessStats.cpuSeconds(server.pid());
      for (int size : sizes) {
        Path file = WORK.resolve("dataset-" + size + ".jsonl");
        PeerDataset.generate(seed, size)
            .writeJsonLines(file, new UUID(seed, 11), new UUID(seed, 12));
        peer.put(Integer.toString(size), client(url, file, size));
        Report.line("peer", "pouchdb " + size + " records: " + peer.get("" + size) + " (ms)");
      }
      Report.line(
          "peer",
          String.format(
              "pouchdb-server: %.0f CPU s over the runs, RSS %d MiB at the end",
              ProcessStats.cpuSeconds(server.pid()) - cpu0, ProcessStats.rssMib(server.pid())));
    } finally {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    table(fieldline, peer);
  }

  /** Copies the peer's package files to target/peer and runs npm ci there when they changed. */
  private static void install() throws Exception {
    Files.createDirectories(WORK);
    boolean changed = !Files.isDirectory(WORK.resolve("node_modules"));
    for (String f : new String[] {"package.json", "package-lock.json", "peer-client.js"}) {
      Path to = WORK.resolve(f);
      changed |=
          f.startsWith("package")
              && (!Files.exists(to) || Files.mismatch(SOURCE.resolve(f), to) >= 0);
      Files.copy(SOURCE.resolve(f), to, StandardCopyOption.REPLACE_EXISTING);
    }
    if (changed) {
      Report.line("peer", "installing pouchdb and pouchdb-server (npm ci) into " + WORK);
      exec(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund"), 900);
    }
  }

  private static Map<String, Double> client(String url, Path dataset, int size) throws Exception {
    Path out = WORK.resolve("peer-" + size + ".json");
    ProcessBuilder pb =
        new ProcessBuilder(
                "node",
                "--max-old-space-size=2048",
                "peer-client.js",
                "--url=" + url,
                "--dataset=" + dataset.getFileName(),
                "--size=" + size,
                "--work=.")
            .redirectOutput(out.toFile());
    exec(pb, 1800);
    String last = Files.readAllLines(out).stream().reduce((a, b) -> b).orElseThrow();
    Map<String, Double> m = new LinkedHashMap<>();
    new ObjectMapper()
        .readTree(last)
        .fields()
        .forEachRemaining(e -> m.put(e.getKey(), e.getValue().asDouble()));
    return m;
  }

  private static void exec(ProcessBuilder pb, long seconds) throws Exception {
    Process p = pb.directory(WORK.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(pb.command() + " took more than " + seconds + " s");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(pb.command() + " exited " + p.exitValue());
    }
  }

  private static void awaitUp(String url) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      try {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url + "/")).build();
        if (http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Sleep.millis(200);
    }
    throw new IllegalStateException("pouchdb-server did not answer on " + url);
  }

  private static void table(
      Map<String, Map<String, Double>> fieldline, Map<String, Map<String, Double>> peer) {
    for (String size : fieldline.keySet()) {
      for (String step : fieldline.get(size).keySet()) {
        double f = fieldline.get(size).get(step);
        Double p = peer.get(size).get(step);
        Report.line(
            "peer",
            String.format(
                "%s records, %s: fieldline %.0f ms, pouchdb %.0f ms, fieldline/pouchdb %.2f",
                size, step, f, p, f / p));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
