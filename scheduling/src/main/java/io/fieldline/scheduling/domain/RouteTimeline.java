package io.fieldline.scheduling.domain;

import io.fieldline.scheduling.travel.TravelTimes;
import java.util.List;

/**
 * The timing rules of a route, shared by the solver's shadow variables and the explainer: leave
 * each stop when its service ends, wait for the window, never serve during a break.
 */
public final class RouteTimeline {

  /** The timing of a route simulated outside the solver. */
  public record Timing(long[] serviceStarts, long travelSeconds, long returnTime) {}

  private RouteTimeline() {}

  /**
   * When the service of {@code visit} starts if the technician arrives at {@code arrival}: at the
   * earliest window still open (or on arrival when all have closed), pushed past any break the
   * service would overlap.
   */
  public static long serviceStart(Visit visit, long arrival, List<TimeWindow> unavailability) {
    if (unavailability.isEmpty()) {
      // The common case, on every leg the solver re-times: the first window still open.
      List<TimeWindow> windows = visit.getWindows();
      for (int i = 0; i < windows.size(); i++) {
        TimeWindow window = windows.get(i);
        if (window.end() >= arrival) {
          return Math.max(arrival, window.start());
        }
      }
      return arrival;
    }
    long start = arrival;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (TimeWindow window : visit.getWindows()) {
        if (window.end() >= start) {
          start = Math.max(start, window.start());
          break;
        }
      }
      long end = start + visit.getServiceSeconds();
      for (TimeWindow pause : unavailability) {
        if (pause.start() < Math.max(end, start + 1) && start < pause.end()) {
          start = pause.end();
          moved = true;
          break;
        }
      }
    }
    return start;
  }

  /** Simulates {@code route} on {@code shift} without touching the visits' shadow variables. */
  public static Timing simulate(TechnicianShift shift, List<Visit> route, TravelTimes travel) {
    if (route.isEmpty()) {
      return new Timing(new long[0], 0, shift.getStart());
    }
    long[] starts = new long[route.size()];
    Location at = shift.getStartLocation();
    long time = shift.getStart();
    long travelSeconds = 0;
    for (int i = 0; i < route.size(); i++) {
      Visit visit = route.get(i);
      long leg = travel.seconds(at, visit.getLocation());
      travelSeconds += leg;
      starts[i] = serviceStart(visit, time + leg, shift.getUnavailability());
      time = starts[i] + visit.getServiceSeconds();
      at = visit.getLocation();
    }
    long back = travel.seconds(at, shift.getEndLocation());
    return new Timing(starts, travelSeconds + back, time + back);
  }
}
