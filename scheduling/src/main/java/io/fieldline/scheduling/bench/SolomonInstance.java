package io.fieldline.scheduling.bench;

import java.util.List;

/**
 * A Solomon VRPTW instance as read from the original text format; node 0 is the depot.
 *
 * @param name instance name, for example {@code C101}
 * @param vehicles fleet size limit
 * @param capacity capacity of every vehicle
 * @param nodes depot first, then the customers
 */
public record SolomonInstance(String name, int vehicles, long capacity, List<Node> nodes) {

  /** A depot or customer line: coordinates, demand, ready and due time, service time. */
  public record Node(int id, int x, int y, long demand, long ready, long due, long service) {}

  public SolomonInstance {
    nodes = List.copyOf(nodes);
    if (nodes.size() < 2 || nodes.get(0).id() != 0) {
      throw new IllegalArgumentException("instance " + name + " needs a depot 0 and customers");
    }
  }

  public Node depot() {
    return nodes.get(0);
  }

  public List<Node> customers() {
    return nodes.subList(1, nodes.size());
  }

  /** The class of the instance: C1, C2, R1, R2, RC1 or RC2. */
  public String instanceClass() {
    return name.replaceAll("(\\D+\\d)\\d*", "$1").toUpperCase();
  }
}
