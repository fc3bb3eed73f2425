package io.fieldline.backend.dispatch.plan;

import java.util.List;

/**
 * One change of a proposed plan, as stored in the job's proposal and shown to the dispatcher.
 *
 * @param id the change's id within the proposal (the visit's id, or the work order's for ASSIGN)
 * @param kind ASSIGN (a new visit for an open work order), MOVE (another technician or a start
 *     outside the promised window), UNASSIGN (back to the queue: the visit is cancelled and its
 *     work order is open again) or CANCEL (the customer cancelled)
 * @param baseVersion version of the visit (MOVE, UNASSIGN, CANCEL) or work order (ASSIGN) the
 *     change was computed from; publishing refuses the change when it differs
 * @param oldStart ISO-8601 instant, null for ASSIGN
 * @param newStart ISO-8601 instant, null for UNASSIGN and CANCEL
 */
public record PlanChange(
    String id,
    String kind,
    String visitId,
    String workOrderId,
    String workOrderNumber,
    String customerName,
    String fromTechnicianId,
    String toTechnicianId,
    String oldStart,
    String newStart,
    int durationMinutes,
    long baseVersion,
    List<String> explanations) {

  public static final String ASSIGN = "ASSIGN";
  public static final String MOVE = "MOVE";
  public static final String UNASSIGN = "UNASSIGN";
  public static final String CANCEL = "CANCEL";

  public PlanChange {
    explanations = explanations == null ? List.of() : List.copyOf(explanations);
  }
}
