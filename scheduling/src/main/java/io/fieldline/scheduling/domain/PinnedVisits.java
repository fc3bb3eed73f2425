package io.fieldline.scheduling.domain;

import java.util.Comparator;
import java.util.List;

/** Puts committed visits where they were published, before the solver starts. */
final class PinnedVisits {

  private PinnedVisits() {}

  /**
   * Appends each pinned visit to its published technician's shift of the day its published start
   * falls in, ordered by published start. A pinned visit whose technician has no such shift is left
   * unplaced; the frozen-visit constraint then reports it.
   */
  static void placeInPublishedRoutes(DispatchPlan plan) {
    List<Visit> pinned =
        plan.getVisits().stream()
            .filter(Visit::isPinned)
            .sorted(Comparator.comparingLong(visit -> visit.getPublished().start()))
            .toList();
    for (Visit visit : pinned) {
      PublishedAssignment published = visit.getPublished();
      plan.getShifts().stream()
          .filter(shift -> !shift.isUnassignedBucket())
          .filter(shift -> shift.getTechnician().id().equals(published.technicianId()))
          .filter(shift -> shift.getStart() <= published.start())
          .filter(shift -> published.start() <= shift.getHardEnd())
          .findFirst()
          .ifPresent(shift -> shift.getVisits().add(visit));
    }
  }
}
