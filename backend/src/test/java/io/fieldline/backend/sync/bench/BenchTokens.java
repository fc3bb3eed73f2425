package io.fieldline.backend.sync.bench;

import io.fieldline.backend.identity.auth.DevTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Small helpers of the benchmark: tokens for the service it started, options, machine load. */
final class BenchTokens {

  private BenchTokens() {}

  /** A development token the benchmark's service accepts. */
  static String issue(UUID tenant, UUID user) {
    return DevTokens.issue(BenchApp.SECRET, tenant, user, Instant.now().plus(1, ChronoUnit.DAYS));
  }

  /** {@code --name=value} arguments. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return options;
  }

  /** The 1/5/15-minute load averages (the machine is shared; figures depend on it). */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0]
          + " "
          + parts[1]
          + " "
          + parts[2]
          + " on "
          + Runtime.getRuntime().availableProcessors()
          + " CPUs";
    } catch (IOException e) {
      return "unknown";
    }
  }
}
