package io.fieldline.scheduling.explain;

import io.fieldline.scheduling.domain.RouteTimeline;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

/** Simulates inserting a visit into a route and checks the hard timing rules. */
final class InsertionCheck {

  private InsertionCheck() {}

  /** Whether {@code visit} alone fits {@code shift}: window kept and back by the hard end. */
  static boolean fitsEmptyDay(TechnicianShift shift, Visit visit, TravelTimes travel) {
    return isOnTime(shift, List.of(visit), travel);
  }

  /** Whether some position in the current route takes {@code visit} with every visit on time. */
  static boolean fitsSomewhere(TechnicianShift shift, Visit visit, TravelTimes travel) {
    List<Visit> route = shift.getVisits();
    for (int position = 0; position <= route.size(); position++) {
      List<Visit> candidate = new ArrayList<>(route);
      candidate.add(position, visit);
      if (isOnTime(shift, candidate, travel)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOnTime(TechnicianShift shift, List<Visit> route, TravelTimes travel) {
    RouteTimeline.Timing timing = RouteTimeline.simulate(shift, route, travel);
    if (timing.returnTime() > shift.getHardEnd()) {
      return false;
    }
    for (int i = 0; i < route.size(); i++) {
      if (!startsInAWindow(route.get(i), timing.serviceStarts()[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsInAWindow(Visit visit, long start) {
    for (TimeWindow window : visit.getWindows()) {
      if (window.contains(start)) {
        return true;
      }
    }
    return false;
  }
}
