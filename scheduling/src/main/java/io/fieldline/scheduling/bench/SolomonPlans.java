package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.Technician;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.travel.TravelMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Solomon instance into a dispatch plan in DIMACS arithmetic: one time unit per tenth of
 * distance, arcs truncated to a tenth, every vehicle a shift from and back to the depot, every
 * customer a visit (no unassigned bucket: all must be served).
 */
public final class SolomonPlans {

  private static final LocalDate DAY = LocalDate.of(2000, 1, 1);

  private SolomonPlans() {}

  /** Truncated distance in tenths: floor(10 * euclid). */
  public static long tenths(SolomonInstance.Node a, SolomonInstance.Node b) {
    double dx = a.x() - b.x();
    double dy = a.y() - b.y();
    return (long) Math.floor(10.0 * Math.sqrt(dx * dx + dy * dy));
  }

  public static DispatchPlan toPlan(SolomonInstance instance) {
    List<SolomonInstance.Node> nodes = instance.nodes();
    List<Location> locations = new ArrayList<>();
    for (SolomonInstance.Node node : nodes) {
      locations.add(new Location("n" + node.id(), node.y(), node.x()));
    }
    long[][] matrix = new long[nodes.size()][nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = 0; j < nodes.size(); j++) {
        matrix[i][j] = tenths(nodes.get(i), nodes.get(j));
      }
    }
    TravelMatrix travel = TravelMatrix.of(locations, matrix, matrix);
    SolomonInstance.Node depot = instance.depot();
    List<TechnicianShift> shifts = new ArrayList<>();
    for (int v = 1; v <= instance.vehicles(); v++) {
      Technician vehicle = new Technician("vehicle" + v, "Vehicle " + v, Map.of(), Set.of(), 0);
      TechnicianShift shift =
          new TechnicianShift(
              "vehicle" + v,
              vehicle,
              DAY,
              locations.get(0),
              depot.ready() * 10,
              locations.get(0),
              depot.due() * 10);
      shift.setCapacity(instance.capacity());
      shifts.add(shift);
    }
    List<Visit> visits = new ArrayList<>();
    for (SolomonInstance.Node customer : instance.customers()) {
      visits.add(
          Visit.builder("c" + customer.id(), locations.get(customer.id()))
              .serviceSeconds(customer.service() * 10)
              .window(customer.ready() * 10, customer.due() * 10)
              .demand(customer.demand())
              .build());
    }
    return DispatchPlan.withoutBuckets(instance.name(), travel, shifts, visits);
  }

  /** The routes of a solved plan as customer numbers, empty vehicles left out. */
  public static List<List<Integer>> routes(DispatchPlan plan) {
    List<List<Integer>> routes = new ArrayList<>();
    for (TechnicianShift shift : plan.getShifts()) {
      if (!shift.getVisits().isEmpty()) {
        routes.add(
            shift.getVisits().stream().map(v -> Integer.parseInt(v.getId().substring(1))).toList());
      }
    }
    return routes;
  }
}
