package io.fieldline.scheduling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One technician's working day: where and when it starts and ends, and the ordered visits the
 * solver gives it. A day's unassigned bucket is a shift without technician (see {@link
 * #unassignedBucket}); visits there cost the medium score and nothing else.
 */
@PlanningEntity
public class TechnicianShift {

  /** Capacity of a shift without a parts-volume limit. */
  public static final long NO_CAPACITY_LIMIT = Long.MAX_VALUE;

  @PlanningId private String id;
  private Technician technician;
  private LocalDate day;
  private Location startLocation;
  private Location endLocation;
  private long start;
  private long end;
  private long maxOvertimeSeconds;
  private long capacity = NO_CAPACITY_LIMIT;
  private List<TimeWindow> unavailability = List.of();

  @PlanningListVariable private List<Visit> visits = new ArrayList<>();

  /** For the solution cloner only. */
  protected TechnicianShift() {}

  /**
   * A technician's shift.
   *
   * @param start when the technician is available at {@code startLocation}, epoch seconds; for a
   *     shift already under way, when and where the technician is free next
   * @param end planned end at {@code endLocation}; later returns are overtime
   */
  public TechnicianShift(
      String id,
      Technician technician,
      LocalDate day,
      Location startLocation,
      long start,
      Location endLocation,
      long end) {
    this.id = Objects.requireNonNull(id, "id");
    this.technician = Objects.requireNonNull(technician, "technician");
    this.day = Objects.requireNonNull(day, "day");
    this.startLocation = Objects.requireNonNull(startLocation, "startLocation");
    this.endLocation = Objects.requireNonNull(endLocation, "endLocation");
    if (end < start) {
      throw new IllegalArgumentException("shift " + id + " ends at " + end + " before " + start);
    }
    this.start = start;
    this.end = end;
  }

  /** The day's unassigned bucket: no technician, no travel, excluded from KPIs. */
  public static TechnicianShift unassignedBucket(LocalDate day) {
    TechnicianShift bucket = new TechnicianShift();
    bucket.id = "unassigned-" + day;
    bucket.day = day;
    return bucket;
  }

  public boolean isUnassignedBucket() {
    return technician == null;
  }

  /** Latest allowed return: the planned end plus the allowed overtime. */
  public long getHardEnd() {
    return end + maxOvertimeSeconds;
  }

  public boolean hasCapacityLimit() {
    return capacity != NO_CAPACITY_LIMIT;
  }

  /** Sum of the demand of the visits in this route. */
  public long getTotalDemand() {
    long total = 0;
    for (Visit visit : visits) {
      total += visit.getDemand();
    }
    return total;
  }

  /** When the technician is back at the end location, or the start when the route is empty. */
  public long getReturnTime() {
    if (visits.isEmpty()) {
      return start;
    }
    Visit last = visits.get(visits.size() - 1);
    Long end = last.getServiceEnd();
    Long travel = last.getTravelToEnd();
    return end == null || travel == null ? start : end + travel;
  }

  /** Seconds of service plus travel in this route, including the return leg. */
  public long getWorkSeconds() {
    long work = 0;
    for (Visit visit : visits) {
      work += visit.getServiceSeconds();
      work += visit.getTravelFromPrevious() == null ? 0 : visit.getTravelFromPrevious();
      work += visit.getTravelToEnd() == null ? 0 : visit.getTravelToEnd();
    }
    return work;
  }

  public String getId() {
    return id;
  }

  /** The technician, or null for an unassigned bucket. */
  public Technician getTechnician() {
    return technician;
  }

  public LocalDate getDay() {
    return day;
  }

  public Location getStartLocation() {
    return startLocation;
  }

  public void setStartLocation(Location startLocation) {
    this.startLocation = Objects.requireNonNull(startLocation, "startLocation");
  }

  public Location getEndLocation() {
    return endLocation;
  }

  public long getStart() {
    return start;
  }

  public void setStart(long start) {
    this.start = start;
  }

  public long getEnd() {
    return end;
  }

  public void setEnd(long end) {
    this.end = end;
  }

  public long getMaxOvertimeSeconds() {
    return maxOvertimeSeconds;
  }

  public void setMaxOvertimeSeconds(long maxOvertimeSeconds) {
    if (maxOvertimeSeconds < 0) {
      throw new IllegalArgumentException("shift " + id + " maxOvertime " + maxOvertimeSeconds);
    }
    this.maxOvertimeSeconds = maxOvertimeSeconds;
  }

  /** Parts volume the van carries, or {@link #NO_CAPACITY_LIMIT}. */
  public long getCapacity() {
    return capacity;
  }

  public void setCapacity(long capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("shift " + id + " capacity " + capacity);
    }
    this.capacity = capacity;
  }

  /** Breaks and absences, sorted; no service may overlap them (travel may). */
  public List<TimeWindow> getUnavailability() {
    return unavailability;
  }

  public void setUnavailability(List<TimeWindow> unavailability) {
    List<TimeWindow> sorted = new ArrayList<>(unavailability);
    sorted.sort(Comparator.comparingLong(TimeWindow::start));
    this.unavailability = List.copyOf(sorted);
  }

  /** The route in visiting order; the solver owns it while solving. */
  public List<Visit> getVisits() {
    return visits;
  }

  public void setVisits(List<Visit> visits) {
    this.visits = visits;
  }

  @Override
  public String toString() {
    return id;
  }
}
