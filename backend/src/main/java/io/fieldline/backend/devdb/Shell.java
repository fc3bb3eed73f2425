package io.fieldline.backend.devdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an operating-system command with a time limit, optionally as another user. */
final class Shell {
  private Shell() {}

  /** The result of one command. */
  record Result(int exitCode, String output) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static Result run(long timeoutSeconds, List<String> command) {
    return run(timeoutSeconds, command, false);
  }

  /**
   * Runs a command; its output goes to a file (never a pipe a daemon child could hold open), or
   * straight to the console when {@code visible}.
   */
  static Result run(long timeoutSeconds, List<String> command, boolean visible) {
    Path outFile = null;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      if (visible) {
        builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      } else {
        outFile = Files.createTempFile("fieldline-db", ".log");
        builder.redirectOutput(outFile.toFile());
      }
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new BootstrapException(
            "Timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
      }
      String out = outFile == null ? "" : Files.readString(outFile, StandardCharsets.UTF_8);
      return new Result(process.exitValue(), out);
    } catch (IOException e) {
      return new Result(127, String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BootstrapException("Interrupted: " + String.join(" ", command), e);
    } finally {
      if (outFile != null) {
        try {
          Files.deleteIfExists(outFile);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
    }
  }

  /** Runs the command as {@code user} when that differs from the current user (needs root). */
  static Result runAs(String user, long timeoutSeconds, List<String> command) {
    if (user == null || user.equals(System.getProperty("user.name"))) {
      return run(timeoutSeconds, command);
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", user, "--"));
    wrapped.addAll(command);
    return run(timeoutSeconds, wrapped);
  }

  static boolean exists(String program) {
    return run(10, List.of("sh", "-c", "command -v " + program)).ok();
  }
}
