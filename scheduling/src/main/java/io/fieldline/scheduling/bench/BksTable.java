package io.fieldline.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code bks.csv} next to the instances: DIMACS routes and distance per instance. */
public final class BksTable {

  /** A best-known solution in DIMACS (truncated, distance-only) arithmetic. */
  public record Bks(int routes, double distance) {}

  private final Map<String, Bks> byInstance;

  private BksTable(Map<String, Bks> byInstance) {
    this.byInstance = byInstance;
  }

  /** Reads {@code bks.csv}; an absent file gives an empty table. */
  public static BksTable read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new BksTable(Map.of());
    }
    return parse(Files.readAllLines(file));
  }

  /**
   * Parses lines with a header naming {@code instance}, {@code bks_routes_dimacs} and {@code
   * bks_distance_dimacs}.
   */
  public static BksTable parse(List<String> lines) {
    List<String> header = List.of(lines.get(0).trim().split(","));
    int name = header.indexOf("instance");
    int routes = header.indexOf("bks_routes_dimacs");
    int distance = header.indexOf("bks_distance_dimacs");
    if (name < 0 || routes < 0 || distance < 0) {
      throw new IllegalArgumentException("bks.csv lacks the DIMACS columns: " + header);
    }
    Map<String, Bks> table = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.trim().split(",");
      table.put(
          cells[name].toUpperCase(),
          new Bks(Integer.parseInt(cells[routes]), Double.parseDouble(cells[distance])));
    }
    return new BksTable(table);
  }

  public Optional<Bks> find(String instance) {
    return Optional.ofNullable(byInstance.get(instance.toUpperCase()));
  }
}
