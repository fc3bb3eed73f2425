package io.fieldline.scheduling.explain;

import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.RouteTimeline;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.travel.TravelTimes;
import java.util.List;

/** Simulates inserting a visit into a route and checks the hard timing rules. */
final class InsertionCheck {

  private InsertionCheck() {}

  /** Whether {@code visit} alone fits {@code shift}: window kept and back by the hard end. */
  static boolean fitsEmptyDay(TechnicianShift shift, Visit visit, TravelTimes travel) {
    return isOnTime(shift, List.of(visit), travel);
  }

  /**
   * Whether some position in the current route takes {@code visit} with every visit on time. The
   * route is simulated once up to each position (its prefix), so each position only re-times the
   * rest of the route, without copying it; the answer is that of simulating every candidate route.
   */
  static boolean fitsSomewhere(TechnicianShift shift, Visit visit, TravelTimes travel) {
    List<Visit> route = shift.getVisits();
    List<TimeWindow> away = shift.getUnavailability();
    int n = route.size();
    long[] depart = new long[n + 1];
    Location[] at = new Location[n + 1];
    depart[0] = shift.getStart();
    at[0] = shift.getStartLocation();
    int onTimePrefix = 0;
    boolean onTime = true;
    for (int i = 0; i < n; i++) {
      Visit v = route.get(i);
      long start =
          RouteTimeline.serviceStart(v, depart[i] + travel.seconds(at[i], v.getLocation()), away);
      onTime = onTime && startsInAWindow(v, start);
      if (onTime) {
        onTimePrefix = i + 1;
      }
      depart[i + 1] = start + v.getServiceSeconds();
      at[i + 1] = v.getLocation();
    }
    for (int position = 0; position <= onTimePrefix; position++) {
      if (fitsAt(shift, route, position, visit, depart[position], at[position], travel)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fitsAt(
      TechnicianShift shift,
      List<Visit> route,
      int position,
      Visit visit,
      long time,
      Location from,
      TravelTimes travel) {
    List<TimeWindow> away = shift.getUnavailability();
    long start =
        RouteTimeline.serviceStart(visit, time + travel.seconds(from, visit.getLocation()), away);
    if (!startsInAWindow(visit, start)) {
      return false;
    }
    time = start + visit.getServiceSeconds();
    Location here = visit.getLocation();
    for (int i = position; i < route.size(); i++) {
      Visit next = route.get(i);
      start =
          RouteTimeline.serviceStart(next, time + travel.seconds(here, next.getLocation()), away);
      if (!startsInAWindow(next, start)) {
        return false;
      }
      time = start + next.getServiceSeconds();
      here = next.getLocation();
    }
    return time + travel.seconds(here, shift.getEndLocation()) <= shift.getHardEnd();
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
