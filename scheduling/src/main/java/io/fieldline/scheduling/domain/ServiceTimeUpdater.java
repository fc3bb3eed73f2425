package io.fieldline.scheduling.domain;

import io.fieldline.scheduling.travel.TravelMatrix;
import io.fieldline.scheduling.travel.TravelTimes;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.domain.variable.ListVariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps each visit's travel legs, arrival and service start in step with its route. Only the
 * changed part of a route is recomputed: from the stop before the change until times settle.
 */
public class ServiceTimeUpdater
    implements ListVariableListener<DispatchPlan, TechnicianShift, Visit> {

  private static final String SERVICE_START = "serviceStart";

  @Override
  public void beforeListVariableChanged(
      ScoreDirector<DispatchPlan> director, TechnicianShift shift, int from, int to) {
    // Times are recomputed after the change.
  }

  @Override
  public void afterListVariableChanged(
      ScoreDirector<DispatchPlan> director, TechnicianShift shift, int from, int to) {
    update(director, shift, from, to);
  }

  @Override
  public void afterListVariableElementUnassigned(
      ScoreDirector<DispatchPlan> director, Visit visit) {
    clear(director, visit);
  }

  @Override
  public void beforeEntityAdded(ScoreDirector<DispatchPlan> director, TechnicianShift shift) {
    // Nothing to do before the shift exists.
  }

  @Override
  public void afterEntityAdded(ScoreDirector<DispatchPlan> director, TechnicianShift shift) {
    update(director, shift, 0, shift.getVisits().size());
  }

  @Override
  public void beforeEntityRemoved(ScoreDirector<DispatchPlan> director, TechnicianShift shift) {
    // The visits are cleared after the shift is gone.
  }

  @Override
  public void afterEntityRemoved(ScoreDirector<DispatchPlan> director, TechnicianShift shift) {
    for (Visit visit : shift.getVisits()) {
      clear(director, visit);
    }
  }

  private void update(
      ScoreDirector<DispatchPlan> director, TechnicianShift shift, int from, int to) {
    List<Visit> route = shift.getVisits();
    if (shift.isUnassignedBucket()) {
      for (int i = from; i < route.size(); i++) {
        clear(director, route.get(i));
      }
      return;
    }
    TravelTimes travel = director.getWorkingSolution().getTravelTimes();
    TravelMatrix matrix = travel instanceof TravelMatrix m ? m : null;
    int first = Math.max(0, from - 1);
    if (first > 0 && route.get(first - 1).getServiceStart() == null) {
      first = 0;
    }
    Location at = shift.getStartLocation();
    int atIndex = matrix == null ? -1 : matrix.indexOf(at);
    long time = shift.getStart();
    if (first > 0) {
      Visit before = route.get(first - 1);
      at = before.getLocation();
      atIndex = indexIn(matrix, before);
      time = before.getServiceStart() + before.getServiceSeconds();
    }
    int last = route.size() - 1;
    for (int i = first; i <= last; i++) {
      Visit visit = route.get(i);
      int index = indexIn(matrix, visit);
      long leg =
          atIndex >= 0 && index >= 0
              ? matrix.seconds(atIndex, index)
              : travel.seconds(at, visit.getLocation());
      long arrival = time + leg;
      long start = RouteTimeline.serviceStart(visit, arrival, shift.getUnavailability());
      long back = i == last ? travel.seconds(visit.getLocation(), shift.getEndLocation()) : 0L;
      if (i >= to && unchanged(visit, leg, arrival, start, back)) {
        return;
      }
      set(director, visit, leg, arrival, start, back);
      at = visit.getLocation();
      atIndex = index;
      time = start + visit.getServiceSeconds();
    }
  }

  /** The visit's row in {@code matrix}, or -1 when there is none or it belongs to another. */
  private static int indexIn(TravelMatrix matrix, Visit visit) {
    return matrix != null && visit.getTravelTimes() == matrix ? visit.getTravelIndex() : -1;
  }

  private static boolean unchanged(Visit visit, long leg, long arrival, long start, long back) {
    return Objects.equals(visit.getServiceStart(), start)
        && Objects.equals(visit.getArrival(), arrival)
        && Objects.equals(visit.getTravelFromPrevious(), leg)
        && Objects.equals(visit.getTravelToEnd(), back);
  }

  private static void set(
      ScoreDirector<DispatchPlan> director,
      Visit visit,
      Long leg,
      Long arrival,
      Long start,
      Long back) {
    director.beforeVariableChanged(visit, SERVICE_START);
    visit.setTravelFromPrevious(leg);
    visit.setArrival(arrival);
    visit.setServiceStart(start);
    visit.setTravelToEnd(back);
    director.afterVariableChanged(visit, SERVICE_START);
  }

  private static void clear(ScoreDirector<DispatchPlan> director, Visit visit) {
    if (visit.getServiceStart() != null || visit.getTravelFromPrevious() != null) {
      set(director, visit, null, null, null, null);
    }
  }
}
