package io.fieldline.scheduling.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared Solomon data lives relative to the directory a benchmark is started from. */
final class BenchPaths {

  private BenchPaths() {}

  /**
   * The folder given, else {@code ../shared/data/solomon} relative to the repository root, whether
   * started from the root or from the module directory.
   */
  static Path solomonDir(String given) {
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    Path fromRoot = Path.of("../shared/data/solomon");
    if (Files.isDirectory(fromRoot)) {
      return fromRoot;
    }
    return Path.of("../../shared/data/solomon");
  }
}
