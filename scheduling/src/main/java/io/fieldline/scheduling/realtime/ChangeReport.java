package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.PublishedAssignment;
import io.fieldline.scheduling.domain.Visit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a re-plan moved: published visits whose promise (technician and promised window) held before
 * and no longer holds after. Visits already off their promise before are not counted again, so each
 * report isolates one change. Visits that left the problem (cancelled, or started and so frozen out
 * of it) broke no promise of the plan and are outside the base.
 *
 * @param publishedVisits published visits that kept their promise before and are still in the
 *     problem after (the base of the share)
 * @param moved those that no longer keep it
 */
public record ChangeReport(int publishedVisits, List<MovedVisit> moved) {

  public ChangeReport {
    moved = List.copyOf(moved);
  }

  /** Compares two plans of the same problem: {@code before} and {@code after} a change. */
  public static ChangeReport between(DispatchPlan before, DispatchPlan after) {
    Map<String, Visit> afterById = new HashMap<>();
    after.getVisits().forEach(visit -> afterById.put(visit.getId(), visit));
    int published = 0;
    List<MovedVisit> moved = new ArrayList<>();
    for (Visit was : before.getVisits()) {
      PublishedAssignment promise = was.getPublished();
      Visit now = afterById.get(was.getId());
      if (promise == null || !keeps(was, promise) || now == null) {
        continue;
      }
      published++;
      MovedVisit.Kind kind = breach(now, promise);
      if (kind != null) {
        moved.add(
            new MovedVisit(
                was.getId(),
                kind,
                promise.technicianId(),
                now.isAssigned() ? now.getShift().getTechnician().id() : null,
                promise.start(),
                now.isAssigned() ? now.getServiceStart() : null));
      }
    }
    return new ChangeReport(published, moved);
  }

  /** Share of previously kept promises that this change broke, 0 when nothing was published. */
  public double disruptionShare() {
    return publishedVisits == 0 ? 0.0 : (double) moved.size() / publishedVisits;
  }

  private static boolean keeps(Visit visit, PublishedAssignment promise) {
    return breach(visit, promise) == null;
  }

  private static MovedVisit.Kind breach(Visit visit, PublishedAssignment promise) {
    if (!visit.isAssigned()) {
      return MovedVisit.Kind.UNASSIGNED;
    }
    if (!visit.getShift().getTechnician().id().equals(promise.technicianId())) {
      return MovedVisit.Kind.TECHNICIAN_CHANGED;
    }
    if (!promise.keptBy(visit.getServiceStart())) {
      return MovedVisit.Kind.LEFT_PROMISED_WINDOW;
    }
    return null;
  }
}
