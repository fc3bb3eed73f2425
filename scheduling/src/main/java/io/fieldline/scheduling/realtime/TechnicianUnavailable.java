package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * A technician stops working at {@code from} (sick, van broken down): the shift now ends then, and
 * every unpinned visit that would not be finished by then is unplaced for re-insertion.
 */
public record TechnicianUnavailable(String shiftId, long from) implements DispatchChange {

  @Override
  public void doChange(DispatchPlan plan, ProblemChangeDirector director) {
    TechnicianShift shift = WorkingRoutes.shift(plan, shiftId);
    long end = Math.min(shift.getEnd(), Math.max(from, shift.getStart()));
    TimeWindow away = new TimeWindow(from, Math.max(from, shift.getHardEnd()));
    List<Visit> displaced =
        shift.getVisits().stream()
            .filter(visit -> !visit.isPinned() && !finishedBy(visit, from))
            .toList();
    WorkingRoutes.editShift(
        director,
        plan,
        shift,
        edited -> {
          WorkingRoutes.dropFromRoute(edited, displaced);
          edited.setEnd(end);
          edited.setMaxOvertimeSeconds(0);
          List<TimeWindow> unavailability = new ArrayList<>(edited.getUnavailability());
          unavailability.add(away);
          edited.setUnavailability(unavailability);
        });
  }

  private static boolean finishedBy(Visit visit, long time) {
    return visit.getServiceEnd() != null && visit.getServiceEnd() <= time;
  }
}
