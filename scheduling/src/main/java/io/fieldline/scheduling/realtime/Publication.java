package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.PublishedAssignment;
import io.fieldline.scheduling.domain.Visit;

/**
 * Marks a plan as communicated: every assigned visit's technician and start become its published
 * assignment, promised within a tolerance; from then on re-plans are penalised for changing them.
 */
public final class Publication {

  private Publication() {}

  /**
   * Publishes {@code plan} in place and returns how many visits were published. Unassigned visits
   * lose any earlier publication (they were not communicated a slot).
   */
  public static int publish(DispatchPlan plan, long toleranceSeconds) {
    int published = 0;
    for (Visit visit : plan.getVisits()) {
      if (visit.isAssigned() && visit.getServiceStart() != null) {
        visit.setPublished(
            PublishedAssignment.withTolerance(
                visit.getShift().getTechnician().id(), visit.getServiceStart(), toleranceSeconds));
        published++;
      } else if (!visit.isPinned()) {
        visit.setPublished(null);
      }
    }
    return published;
  }
}
