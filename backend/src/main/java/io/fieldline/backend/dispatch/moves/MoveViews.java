package io.fieldline.backend.dispatch.moves;

import io.fieldline.backend.dispatch.plan.Kpis;
import java.util.List;

/** What a manual move does, previewed or saved. Times are ISO-8601 instants, UTC. */
public final class MoveViews {
  private MoveViews() {}

  /**
   * One broken rule. {@code rule} is SKILLS, WINDOW (start outside the promised arrival window),
   * NO_SHIFT, OUTSIDE_SHIFT, ABSENCE, OVERLAP (another visit of the technician at the same time),
   * LATE (a visit of the route can no longer start in its window once travel is counted) or
   * OVERTIME (back after the shift's end plus allowed overtime).
   */
  public record Violation(String rule, String visitId, String message) {}

  /**
   * The move's outcome: MOVE (other technician), RESCHEDULE (same technician, other time) or
   * UNASSIGN; the rules it breaks (new ones only) and the KPIs of the days concerned before and
   * after. {@code saved} and {@code version} (the visit's new version) are set by moveVisit.
   */
  public record MoveResult(
      String visitId,
      String kind,
      String fromTechnicianId,
      String toTechnicianId,
      String oldStart,
      String newStart,
      List<Violation> violations,
      Kpis kpisBefore,
      Kpis kpisAfter,
      boolean saved,
      Long version) {}
}
