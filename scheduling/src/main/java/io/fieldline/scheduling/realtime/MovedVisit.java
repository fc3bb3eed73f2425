package io.fieldline.scheduling.realtime;

/**
 * A published visit whose promise a change broke.
 *
 * @param toTechnicianId the technician now planned, null when now unassigned
 * @param plannedStart the start now planned, null when unassigned
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
    /** No longer planned for anyone: in the unassigned bucket. */
    UNASSIGNED,
    /** Planned for another technician than published. */
    TECHNICIAN_CHANGED,
    /** Same technician, but the start left the promised window. */
    LEFT_PROMISED_WINDOW
  }
}
