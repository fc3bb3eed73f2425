package io.fieldline.backend.dispatch.board;

import io.fieldline.backend.dispatch.plan.Kpis;
import java.util.List;

/** The dispatch board's output types (times are ISO-8601 instants, UTC). */
public final class BoardViews {
  private BoardViews() {}

  public record Board(
      String territoryId,
      String from,
      String to,
      Kpis kpis,
      List<BoardTechnician> technicians,
      List<QueueItem> unassigned) {}

  public record BoardTechnician(
      String id,
      String name,
      List<SkillView> skills,
      List<BoardShift> shifts,
      List<AbsenceView> absences,
      List<BoardVisit> offShiftVisits) {}

  public record SkillView(String code, int level) {}

  public record AbsenceView(String kind, String start, String end) {}

  /**
   * One shift with its visits in order. {@code returnAt} is when the technician is back at the end
   * of the route.
   */
  public record BoardShift(
      String id,
      String day,
      String start,
      String end,
      String returnAt,
      long workMinutes,
      List<BoardVisit> visits) {}

  /**
   * A visit on the board: the scheduled start and window (what the customer was told), the planned
   * start by the route's timing, the travel from the previous stop, and whether it starts late.
   */
  public record BoardVisit(
      String id,
      String workOrderId,
      String workOrderNumber,
      String customerName,
      String status,
      String scheduledStart,
      String plannedStart,
      String end,
      String windowStart,
      String windowEnd,
      int durationMinutes,
      Long travelMinutesFromPrevious,
      boolean late,
      long version) {}

  /** An open work order of the unassigned queue with the reason it is not planned. */
  public record QueueItem(
      String workOrderId,
      String number,
      String title,
      String customerName,
      String priority,
      String slaDueAt,
      int estimatedMinutes,
      String reason,
      List<String> candidateShiftIds) {}
}
