package io.fieldline.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the original Solomon text format (name, VEHICLE section, CUSTOMER table). */
public final class SolomonReader {

  private SolomonReader() {}

  public static SolomonInstance read(Path file) throws IOException {
    return parse(Files.readAllLines(file));
  }

  /** Parses the lines of one instance file. */
  public static SolomonInstance parse(List<String> lines) {
    List<String> content = lines.stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
    String name = content.get(0);
    int vehicles = -1;
    long capacity = -1;
    List<SolomonInstance.Node> nodes = new ArrayList<>();
    for (int i = 1; i < content.size(); i++) {
      String[] fields = content.get(i).split("\\s+");
      if (!Character.isDigit(fields[0].charAt(0))) {
        continue;
      }
      if (fields.length == 2 && vehicles < 0) {
        vehicles = Integer.parseInt(fields[0]);
        capacity = Long.parseLong(fields[1]);
      } else if (fields.length == 7) {
        nodes.add(
            new SolomonInstance.Node(
                Integer.parseInt(fields[0]),
                Integer.parseInt(fields[1]),
                Integer.parseInt(fields[2]),
                Long.parseLong(fields[3]),
                Long.parseLong(fields[4]),
                Long.parseLong(fields[5]),
                Long.parseLong(fields[6])));
      } else {
        throw new IllegalArgumentException("instance " + name + ": unreadable line " + (i + 1));
      }
    }
    if (vehicles < 0) {
      throw new IllegalArgumentException("instance " + name + " has no VEHICLE section");
    }
    return new SolomonInstance(name, vehicles, capacity, nodes);
  }
}
