package io.fieldline.backend.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the PostgreSQL server programs (initdb, pg_ctl) installed on this machine. */
final class PostgresBinaries {
  private PostgresBinaries() {}

  /** The newest {@code bin} folder holding both initdb and pg_ctl, if any. */
  static Optional<Path> find() {
    Path debianRoot = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debianRoot)) {
      try (Stream<Path> versions = Files.list(debianRoot)) {
        Optional<Path> newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(PostgresBinaries::complete)
                .max(Comparator.comparingInt(PostgresBinaries::majorVersion));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        Log.info("Cannot list " + debianRoot + ": " + e.getMessage());
      }
    }
    Shell.Result onPath = Shell.run(10, List.of("sh", "-c", "command -v initdb"));
    if (onPath.ok()) {
      Path bin = Path.of(onPath.output().trim()).getParent();
      if (bin != null && complete(bin)) {
        return Optional.of(bin);
      }
    }
    return Optional.empty();
  }

  private static boolean complete(Path bin) {
    return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
