package io.fieldline.scheduling.realtime;

/**
 * A published visit whose promise a change broke.
 *
 * @param toTechnicianId the technician now planned, null when now unassigned or removed
 * @param plannedStart the start now planned, null when unassigned or removed
 */
public record MovedVisit(
    String visitId,
    Kind kind,
    String publishedTechnicianId,
    String toTechnicianId,
    long publishedStart,
    Long plannedStart) {

  /** How the promise was broken; the first that applies. */
  public enum Kind {
    /** No longer planned for anyone (unassigned bucket) or removed from the plan. */
    UNASSIGNED,
    /** Planned for another technician than published. */
    TECHNICIAN_CHANGED,
    /** Same technician, but the start left the promised window. */
    LEFT_PROMISED_WINDOW
  }
}
