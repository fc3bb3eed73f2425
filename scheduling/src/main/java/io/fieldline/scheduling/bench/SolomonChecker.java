package io.fieldline.scheduling.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a Solomon solution independently of the solver: every customer exactly once, at most the
 * fleet, capacity, service starting within [ready, due], return by the depot's due time, and the
 * distance recomputed in DIMACS truncated arithmetic (whole tenths, so no rounding drift).
 */
public final class SolomonChecker {

  /** The verdict: feasible when {@code violations} is empty; distance in instance units. */
  public record Result(boolean feasible, int routes, double distance, List<String> violations) {

    public Result {
      violations = List.copyOf(violations);
    }
  }

  private SolomonChecker() {}

  public static Result check(SolomonInstance instance, List<List<Integer>> routes) {
    List<String> violations = new ArrayList<>();
    int customers = instance.customers().size();
    int[] seen = new int[customers + 1];
    long totalTenths = 0;
    int used = 0;
    for (List<Integer> route : routes) {
      if (route.isEmpty()) {
        continue;
      }
      used++;
      totalTenths += checkRoute(instance, route, seen, violations);
    }
    if (used > instance.vehicles()) {
      violations.add(used + " routes exceed the fleet of " + instance.vehicles());
    }
    for (int c = 1; c <= customers; c++) {
      if (seen[c] != 1) {
        violations.add("customer " + c + " served " + seen[c] + " times");
      }
    }
    return new Result(violations.isEmpty(), used, totalTenths / 10.0, violations);
  }

  private static long checkRoute(
      SolomonInstance instance, List<Integer> route, int[] seen, List<String> violations) {
    SolomonInstance.Node depot = instance.depot();
    SolomonInstance.Node at = depot;
    long time = depot.ready() * 10;
    long load = 0;
    long tenths = 0;
    for (int id : route) {
      if (id < 1 || id >= instance.nodes().size()) {
        violations.add("unknown customer " + id);
        continue;
      }
      seen[id]++;
      SolomonInstance.Node customer = instance.nodes().get(id);
      long leg = truncatedTenths(at, customer);
      tenths += leg;
      long start = Math.max(time + leg, customer.ready() * 10);
      if (start > customer.due() * 10) {
        violations.add(
            "customer " + id + " starts at " + start / 10.0 + " after due " + customer.due());
      }
      time = start + customer.service() * 10;
      load += customer.demand();
      at = customer;
    }
    long back = truncatedTenths(at, depot);
    tenths += back;
    if (time + back > depot.due() * 10) {
      violations.add(
          "route " + route + " returns at " + (time + back) / 10.0 + " after " + depot.due());
    }
    if (load > instance.capacity()) {
      violations.add(
          "route " + route + " carries " + load + " over capacity " + instance.capacity());
    }
    return tenths;
  }

  /** DIMACS arc length in tenths, computed here again on purpose (not shared with the solver). */
  private static long truncatedTenths(SolomonInstance.Node a, SolomonInstance.Node b) {
    long dx = a.x() - b.x();
    long dy = a.y() - b.y();
    long tenths = (long) Math.sqrt(100.0 * (dx * dx + dy * dy));
    while ((tenths + 1) * (tenths + 1) <= 100 * (dx * dx + dy * dy)) {
      tenths++;
    }
    while (tenths * tenths > 100 * (dx * dx + dy * dy)) {
      tenths--;
    }
    return tenths;
  }
}
