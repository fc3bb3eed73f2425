package io.fieldline.backend.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Prints a run's lines with the machine's load average (benchmarks on a loaded machine give poor
 * figures) and appends them to {@code target/harness/results.txt}.
 */
public final class Report {
  private Report() {}

  public static void line(String run, String text) {
    String line = "[harness " + run + "] " + text + " (load " + loadAverage() + ")";
    System.out.println(line);
    try {
      Path file = Path.of("target", "harness", "results.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          Instant.now() + " " + line + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("cannot write results.txt: " + e.getMessage());
    }
  }

  /** The 1/5/15-minute load averages from /proc/loadavg. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
