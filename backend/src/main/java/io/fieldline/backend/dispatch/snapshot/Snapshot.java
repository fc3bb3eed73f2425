package io.fieldline.backend.dispatch.snapshot;

import io.fieldline.scheduling.domain.SkillLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the database holds for one territory and horizon (UTC days {@code from}..{@code to}): the
 * active technicians of the territory with skills, shifts and absences, the planned service visits
 * (with the version each was read at) and the open work orders of the territory (the unassigned
 * queue). Every plan, board, diff and check of the dispatch feature starts from one.
 */
public record Snapshot(
    UUID territoryId,
    LocalDate from,
    LocalDate to,
    List<Tech> technicians,
    List<ShiftRow> shifts,
    List<AbsenceRow> absences,
    List<VisitRow> visits,
    List<OrderRow> openOrders) {

  public Snapshot {
    technicians = List.copyOf(technicians);
    shifts = List.copyOf(shifts);
    absences = List.copyOf(absences);
    visits = List.copyOf(visits);
    openOrders = List.copyOf(openOrders);
  }

  /** First second of the horizon. */
  public Instant start() {
    return from.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** First second after the horizon. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** A technician with home base and skills. */
  public record Tech(UUID id, String name, double lat, double lon, Map<String, Integer> skills) {
    public Tech {
      skills = Map.copyOf(skills);
    }
  }

  public record ShiftRow(UUID id, UUID technicianId, Instant start, Instant end) {}

  public record AbsenceRow(UUID technicianId, String kind, Instant start, Instant end) {}

  /** A planned (or under way) service visit and what it needs. */
  public record VisitRow(
      UUID id,
      UUID workOrderId,
      String workOrderNumber,
      UUID assigneeId,
      String status,
      Instant start,
      int minutes,
      Instant windowStart,
      Instant windowEnd,
      long version,
      String customerName,
      double lat,
      double lon,
      List<SkillLevel> skills,
      String priority,
      Instant slaDue,
      UUID preferredTechnicianId) {

    public VisitRow {
      skills = List.copyOf(skills);
    }

    public Instant end() {
      return start.plusSeconds(minutes * 60L);
    }

    /** Travelling or on site: the technician is on it, it is no longer planned. */
    public boolean underWay() {
      return status.equals("TRAVELING") || status.equals("ON_SITE");
    }
  }

  /** An open work order waiting for a visit. */
  public record OrderRow(
      UUID id,
      String number,
      String title,
      String customerName,
      double lat,
      double lon,
      int minutes,
      String priority,
      Instant slaDue,
      UUID preferredTechnicianId,
      long version,
      List<SkillLevel> skills) {

    public OrderRow {
      skills = List.copyOf(skills);
    }
  }
}
