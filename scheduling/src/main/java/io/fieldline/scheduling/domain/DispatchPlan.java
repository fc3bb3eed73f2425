package io.fieldline.scheduling.domain;

import io.fieldline.scheduling.travel.TravelTimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A dispatch problem and, once solved, its plan: technician shifts (plus one unassigned bucket per
 * day), the visits to place and the travel times between them.
 *
 * <p>Use {@link #of} to build one: it adds the buckets, computes each visit's eligible technicians
 * and places pinned visits in their published technician's route.
 */
@PlanningSolution
public class DispatchPlan {

  private String id;
  private TravelTimes travelTimes;

  @PlanningEntityCollectionProperty private List<TechnicianShift> shifts;

  /**
   * Visits are shadow entities (their shift, neighbours and times follow the routes) but are
   * declared as problem facts: OptaPlanner 10.2 reads the list variable of every entity when
   * counting unassigned values, which fails on the visits themselves.
   */
  @ProblemFactCollectionProperty @ValueRangeProvider private List<Visit> visits;

  @PlanningScore private HardMediumSoftLongScore score;

  /**
   * How many real-time changes this plan includes (0 for a new problem). Not a planning property:
   * the solver copies it into every best plan, which tells which changes a plan already reflects.
   */
  private long revision;

  /** For the solution cloner only. */
  protected DispatchPlan() {}

  private DispatchPlan(
      String id, TravelTimes travelTimes, List<TechnicianShift> shifts, List<Visit> visits) {
    this.id = id;
    this.travelTimes = travelTimes;
    this.shifts = shifts;
    this.visits = visits;
  }

  /**
   * A new problem. Every day with a shift gets an unassigned bucket; pinned visits start in their
   * published technician's route in published order; every other visit starts unplaced, so the
   * construction heuristic places it.
   */
  public static DispatchPlan of(
      String id, TravelTimes travelTimes, List<TechnicianShift> shifts, List<Visit> visits) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(travelTimes, "travelTimes");
    List<TechnicianShift> allShifts = new ArrayList<>(shifts);
    Set<LocalDate> days = new TreeSet<>();
    Set<String> shiftIds = new HashSet<>();
    for (TechnicianShift shift : shifts) {
      if (shift.isUnassignedBucket()) {
        throw new IllegalArgumentException("pass real shifts only; buckets are added: " + shift);
      }
      if (!shiftIds.add(shift.getId())) {
        throw new IllegalArgumentException("shift id " + shift.getId() + " is repeated");
      }
      days.add(shift.getDay());
    }
    days.forEach(day -> allShifts.add(TechnicianShift.unassignedBucket(day)));
    DispatchPlan plan = new DispatchPlan(id, travelTimes, allShifts, new ArrayList<>(visits));
    visits.forEach(plan::prepare);
    PinnedVisits.placeInPublishedRoutes(plan);
    RouteShadows.refresh(plan);
    return plan;
  }

  /** A problem without unassigned buckets: every visit must be served (the Solomon benchmark). */
  public static DispatchPlan withoutBuckets(
      String id, TravelTimes travelTimes, List<TechnicianShift> shifts, List<Visit> visits) {
    DispatchPlan plan =
        new DispatchPlan(id, travelTimes, new ArrayList<>(shifts), new ArrayList<>(visits));
    visits.forEach(plan::prepare);
    return plan;
  }

  /**
   * Readies a visit for this plan (also one added in real time): links the travel times and
   * computes which technicians' skills and territories allow it.
   */
  public void prepare(Visit visit) {
    visit.setTravelTimes(travelTimes);
    Set<String> eligible = new HashSet<>();
    Set<Technician> checked =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (TechnicianShift shift : shifts) {
      Technician technician = shift.getTechnician();
      if (!shift.isUnassignedBucket()
          && checked.add(technician)
          && Eligibility.canServe(technician, visit)) {
        eligible.add(technician.id());
      }
    }
    visit.setEligibleTechnicianIds(eligible);
  }

  /** The shift with {@code shiftId}, if any. */
  public Optional<TechnicianShift> findShift(String shiftId) {
    return shifts.stream().filter(shift -> shift.getId().equals(shiftId)).findFirst();
  }

  /** The visit with {@code visitId}, if any. */
  public Optional<Visit> findVisit(String visitId) {
    return visits.stream().filter(visit -> visit.getId().equals(visitId)).findFirst();
  }

  /** Shifts of real technicians, without the buckets. */
  public List<TechnicianShift> getTechnicianShifts() {
    return shifts.stream().filter(shift -> !shift.isUnassignedBucket()).toList();
  }

  /** The unassigned bucket of {@code day}. */
  public Optional<TechnicianShift> findBucket(LocalDate day) {
    return shifts.stream()
        .filter(shift -> shift.isUnassignedBucket() && shift.getDay().equals(day))
        .findFirst();
  }

  /**
   * Whether every visit sits in a route or a bucket. A problem change that unplaces visits (or adds
   * one) leaves the plan incomplete until the construction heuristic re-inserts them.
   */
  public boolean isComplete() {
    for (Visit visit : visits) {
      if (visit.getShift() == null) {
        return false;
      }
    }
    return true;
  }

  public String getId() {
    return id;
  }

  public TravelTimes getTravelTimes() {
    return travelTimes;
  }

  public List<TechnicianShift> getShifts() {
    return shifts;
  }

  /** Replaces the shift list; real-time changes pass a fresh copy. */
  public void setShifts(List<TechnicianShift> shifts) {
    this.shifts = shifts;
  }

  public List<Visit> getVisits() {
    return visits;
  }

  /** Replaces the visit list; real-time changes pass a fresh copy (facts are not cloned). */
  public void setVisits(List<Visit> visits) {
    this.visits = visits;
  }

  public long getRevision() {
    return revision;
  }

  /** Marks the plan as including {@code revision} changes; set inside a problem change. */
  public void setRevision(long revision) {
    this.revision = revision;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
