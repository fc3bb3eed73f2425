package io.fieldline.backend.dispatch.snapshot;

import io.fieldline.backend.dispatch.snapshot.Snapshot.AbsenceRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.OrderRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.ShiftRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.Tech;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.PublishedAssignment;
import io.fieldline.scheduling.domain.SkillLevel;
import io.fieldline.scheduling.domain.Technician;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.domain.VisitBuilder;
import io.fieldline.scheduling.travel.GreatCircleTravelTimes;
import io.fieldline.scheduling.travel.TravelMatrix;
import io.fieldline.scheduling.travel.TravelTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a {@link Snapshot} into the scheduling library's {@link DispatchPlan}: one {@link
 * TechnicianShift} per shift row (absences as unavailability), every planned visit placed in its
 * technician's route in the order of its start and published as it stands (technician, start,
 * arrival window as the promise), open work orders as unplaced visits when asked for. Work under
 * way is frozen out: the technician's shift continues from that site once it is done.
 */
public final class PlanBuilder {
  /** Which open work orders become visits of the plan. */
  public enum Orders {
    NONE,
    ALL
  }

  private final Snapshot snapshot;
  private final Map<String, Location> locations = new LinkedHashMap<>();
  private Location fallback;

  private PlanBuilder(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /**
   * The plan of {@code snapshot}.
   *
   * @param orders whether the open work orders are added (unplaced) for the solver to place
   * @param pinnedBefore visits starting before this instant are committed (pinned); null: none
   * @param extraOrders work orders added whatever {@code orders} says (an urgent insert)
   * @param matrix precompute a travel matrix (for solving) or estimate each leg (for reading)
   */
  public static Built build(
      Snapshot snapshot,
      Orders orders,
      Instant pinnedBefore,
      List<OrderRow> extraOrders,
      boolean matrix) {
    return new PlanBuilder(snapshot).run(orders, pinnedBefore, extraOrders, matrix);
  }

  private Built run(Orders orders, Instant pinnedBefore, List<OrderRow> extra, boolean matrix) {
    Map<String, Technician> techs = new HashMap<>();
    for (Tech t : snapshot.technicians()) {
      techs.put(
          t.id().toString(), new Technician(t.id().toString(), t.name(), t.skills(), Set.of(), 0));
      if (fallback == null) {
        fallback = location("h:" + t.id(), t.lat(), t.lon());
      }
    }
    if (fallback == null) {
      fallback = new Location("none", 0, 0);
    }
    Map<UUID, Tech> techRows = new HashMap<>();
    snapshot.technicians().forEach(t -> techRows.put(t.id(), t));
    List<ShiftDraft> drafts = new ArrayList<>();
    Map<String, ShiftDraft> draftByDay = new HashMap<>();
    for (ShiftRow s : snapshot.shifts()) {
      Tech t = techRows.get(s.technicianId());
      if (t == null) {
        throw new java.util.NoSuchElementException("No technician " + s.technicianId());
      }
      Location home = location("h:" + t.id(), t.lat(), t.lon());
      ShiftDraft draft = new ShiftDraft(s, techs.get(t.id().toString()), home);
      drafts.add(draft);
      draftByDay.putIfAbsent(s.technicianId() + "/" + draft.day(), draft);
    }
    List<Visit> visits = new ArrayList<>();
    Map<String, VisitRow> visitRows = new HashMap<>();
    Map<String, OrderRow> orderRows = new HashMap<>();
    Map<ShiftDraft, List<Visit>> routes = new HashMap<>();
    for (VisitRow v : snapshot.visits()) {
      ShiftDraft draft =
          draftByDay.get(v.assigneeId() + "/" + v.start().atOffset(ZoneOffset.UTC).toLocalDate());
      Location at = location("v:" + v.id(), v.lat(), v.lon());
      if (v.underWay()) {
        if (draft != null) {
          draft.freezeUntil(v.end().getEpochSecond(), at);
        }
        continue;
      }
      VisitBuilder b =
          Visit.builder(v.id().toString(), at)
              .serviceSeconds(v.minutes() * 60L)
              .window(v.windowStart().getEpochSecond(), v.windowEnd().getEpochSecond())
              .priority(Priority.valueOf(v.priority()))
              .slaDue(v.slaDue().getEpochSecond())
              .published(
                  new PublishedAssignment(
                      v.assigneeId().toString(),
                      v.start().getEpochSecond(),
                      new TimeWindow(
                          v.windowStart().getEpochSecond(), v.windowEnd().getEpochSecond())));
      skills(b, v.skills());
      if (v.preferredTechnicianId() != null) {
        b.preferredTechnician(v.preferredTechnicianId().toString());
      }
      if (pinnedBefore != null && v.start().isBefore(pinnedBefore)) {
        b.pinned();
      }
      Visit visit = b.build();
      visits.add(visit);
      visitRows.put(visit.getId(), v);
      if (draft != null && !visit.isPinned()) {
        routes.computeIfAbsent(draft, k -> new ArrayList<>()).add(visit);
      }
    }
    List<OrderRow> wanted =
        new ArrayList<>(orders == Orders.ALL ? snapshot.openOrders() : List.of());
    for (OrderRow o : extra) {
      if (wanted.stream().noneMatch(w -> w.id().equals(o.id()))) {
        wanted.add(o);
      }
    }
    for (OrderRow o : wanted) {
      Visit visit = orderVisit(o, extra.contains(o) ? pinnedBefore : null);
      visits.add(visit);
      orderRows.put(visit.getId(), o);
    }
    List<TechnicianShift> shifts = drafts.stream().map(ShiftDraft::toShift).toList();
    TravelTimes travel =
        matrix
            ? TravelMatrix.precompute(locations.values(), GreatCircleTravelTimes.urbanDefault())
            : GreatCircleTravelTimes.urbanDefault();
    DispatchPlan plan = DispatchPlan.of("plan", travel, shifts, visits);
    Map<String, TechnicianShift> planShifts = new HashMap<>();
    plan.getTechnicianShifts().forEach(sh -> planShifts.put(sh.getId(), sh));
    for (int i = 0; i < drafts.size(); i++) {
      List<Visit> route = routes.get(drafts.get(i));
      if (route != null) {
        planShifts.get(drafts.get(i).row.id().toString()).getVisits().addAll(route);
      }
    }
    io.fieldline.scheduling.domain.RouteShadows.refresh(plan);
    return new Built(snapshot, plan, visitRows, orderRows);
  }

  /** An open work order as a visit: any time in the horizon (from {@code notBefore} if given). */
  private Visit orderVisit(OrderRow o, Instant notBefore) {
    long from = snapshot.start().getEpochSecond();
    if (notBefore != null) {
      from = Math.max(from, notBefore.getEpochSecond());
    }
    long to = Math.max(from, snapshot.end().getEpochSecond() - o.minutes() * 60L);
    VisitBuilder b =
        Visit.builder(o.id().toString(), location("w:" + o.id(), o.lat(), o.lon()))
            .serviceSeconds(Math.min(o.minutes(), 1440) * 60L)
            .window(from, to)
            .priority(Priority.valueOf(o.priority()))
            .slaDue(o.slaDue().getEpochSecond());
    skills(b, o.skills());
    if (o.preferredTechnicianId() != null) {
      b.preferredTechnician(o.preferredTechnicianId().toString());
    }
    return b.build();
  }

  private static void skills(VisitBuilder b, List<SkillLevel> skills) {
    skills.forEach(s -> b.requires(s.skill(), s.level()));
  }

  private Location location(String id, double lat, double lon) {
    if (Double.isNaN(lat) || Double.isNaN(lon)) {
      return locations.computeIfAbsent(
          id, k -> new Location(k, fallback.latitude(), fallback.longitude()));
    }
    return locations.computeIfAbsent(id, k -> new Location(k, lat, lon));
  }

  private final class ShiftDraft {
    final ShiftRow row;
    final Technician technician;
    final Location home;
    final LocalDate day;
    long start;
    Location startAt;

    ShiftDraft(ShiftRow row, Technician technician, Location home) {
      this.row = row;
      this.technician = technician;
      this.home = home;
      this.start = row.start().getEpochSecond();
      this.startAt = home;
      this.day = row.start().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    LocalDate day() {
      return day;
    }

    void freezeUntil(long end, Location at) {
      if (end > start) {
        start = Math.min(end, row.end().getEpochSecond());
        startAt = at;
      }
    }

    TechnicianShift toShift() {
      TechnicianShift shift =
          new TechnicianShift(
              row.id().toString(),
              technician,
              day(),
              startAt,
              start,
              home,
              row.end().getEpochSecond());
      shift.setMaxOvertimeSeconds(3600);
      List<TimeWindow> away = new ArrayList<>();
      for (AbsenceRow a : snapshot.absences()) {
        if (a.technicianId().equals(row.technicianId())
            && a.start().isBefore(row.end())
            && a.end().isAfter(row.start())) {
          away.add(new TimeWindow(a.start().getEpochSecond(), a.end().getEpochSecond()));
        }
      }
      shift.setUnavailability(away);
      return shift;
    }
  }

  /** A built plan with the rows behind its visits (keyed by the visit's planning id). */
  public record Built(
      Snapshot snapshot,
      DispatchPlan plan,
      Map<String, VisitRow> visitRows,
      Map<String, OrderRow> orderRows) {}
}
