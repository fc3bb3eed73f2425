package io.fieldline.scheduling.domain;

import io.fieldline.scheduling.travel.TravelTimes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recomputes every visit's shadow variables (shift, neighbours, travel, times) from the routes.
 * OptaPlanner 10.2 does not derive list-variable shadows when it is handed a plan whose routes are
 * already filled (pinned visits, a published plan, a hand-edited plan), so the engine calls this
 * before solving, scoring or explaining such a plan.
 */
public final class RouteShadows {

  private RouteShadows() {}

  public static void refresh(DispatchPlan plan) {
    TravelTimes travel = plan.getTravelTimes();
    Set<Visit> placed = new HashSet<>();
    for (TechnicianShift shift : plan.getShifts()) {
      List<Visit> route = shift.getVisits();
      RouteTimeline.Timing timing =
          shift.isUnassignedBucket() ? null : RouteTimeline.simulate(shift, route, travel);
      Location at = shift.getStartLocation();
      for (int i = 0; i < route.size(); i++) {
        Visit visit = route.get(i);
        placed.add(visit);
        visit.setShift(shift);
        if (timing == null) {
          clearTimes(visit);
          continue;
        }
        long leg = travel.seconds(at, visit.getLocation());
        long departure = i == 0 ? shift.getStart() : route.get(i - 1).getServiceEnd();
        visit.setTravelFromPrevious(leg);
        visit.setArrival(departure + leg);
        visit.setServiceStart(timing.serviceStarts()[i]);
        visit.setTravelToEnd(
            i == route.size() - 1
                ? travel.seconds(visit.getLocation(), shift.getEndLocation())
                : 0L);
        at = visit.getLocation();
      }
    }
    for (Visit visit : plan.getVisits()) {
      if (!placed.contains(visit)) {
        visit.setShift(null);
        clearTimes(visit);
      }
    }
  }

  private static void clearTimes(Visit visit) {
    visit.setTravelFromPrevious(null);
    visit.setArrival(null);
    visit.setServiceStart(null);
    visit.setTravelToEnd(null);
  }
}
