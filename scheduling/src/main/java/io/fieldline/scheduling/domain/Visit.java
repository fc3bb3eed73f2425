package io.fieldline.scheduling.domain;

import io.fieldline.scheduling.travel.TravelMatrix;
import io.fieldline.scheduling.travel.TravelTimes;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * A service visit to plan: where, how long, when it may start, what it needs. The solver places it
 * in a {@link TechnicianShift}'s route; the shadow variables (shift, neighbours, times) follow.
 *
 * <p>No previous/next shadow variables: nothing reads them, and each costs a listener pass and a
 * score update per changed visit on every move.
 *
 * <p>Build one with {@link #builder(String, Location)}. Work that is done or under way is not a
 * visit of the problem: the technician's shift starts where and when that work ends.
 */
@PlanningEntity
public class Visit {

  @PlanningId private String id;
  private Location location;
  private long serviceSeconds;
  private List<TimeWindow> windows;
  private List<SkillLevel> requiredSkills;
  private Priority priority;
  private Long slaDue;
  private String preferredTechnicianId;
  private String territory;
  private long demand;
  private boolean pinned;
  private PublishedAssignment published;
  private Set<String> eligibleTechnicianIds = Set.of();
  private TravelTimes travelTimes;
  private int travelIndex = -1;

  @InverseRelationShadowVariable(sourceVariableName = "visits")
  private TechnicianShift shift;

  @ShadowVariable(
      variableListenerClass = ServiceTimeUpdater.class,
      sourceEntityClass = TechnicianShift.class,
      sourceVariableName = "visits")
  private Long serviceStart;

  @PiggybackShadowVariable(shadowVariableName = "serviceStart")
  private Long arrival;

  @PiggybackShadowVariable(shadowVariableName = "serviceStart")
  private Long travelFromPrevious;

  @PiggybackShadowVariable(shadowVariableName = "serviceStart")
  private Long travelToEnd;

  /** For the solution cloner only. */
  protected Visit() {}

  Visit(
      String id,
      Location location,
      long serviceSeconds,
      List<TimeWindow> windows,
      List<SkillLevel> requiredSkills,
      Priority priority,
      Long slaDue,
      String preferredTechnicianId,
      String territory,
      long demand) {
    this.id = id;
    this.location = location;
    this.serviceSeconds = serviceSeconds;
    this.windows = windows;
    this.requiredSkills = requiredSkills;
    this.priority = priority;
    this.slaDue = slaDue;
    this.preferredTechnicianId = preferredTechnicianId;
    this.territory = territory;
    this.demand = demand;
  }

  /** Starts a visit at {@code location}; add at least one window. */
  public static VisitBuilder builder(String id, Location location) {
    return new VisitBuilder(id, location);
  }

  /** Whether the visit sits in a real technician's route (not the unassigned bucket). */
  public boolean isAssigned() {
    return shift != null && !shift.isUnassignedBucket();
  }

  /** Whether the visit sits in a day's unassigned bucket. */
  public boolean isInUnassignedBucket() {
    return shift != null && shift.isUnassignedBucket();
  }

  /** End of service, or null while unassigned. */
  public Long getServiceEnd() {
    return serviceStart == null ? null : serviceStart + serviceSeconds;
  }

  /** Seconds the service starts after the end of its last usable window; 0 when on time. */
  public long getWindowLateness() {
    if (serviceStart == null) {
      return 0;
    }
    long lastEndBefore = Long.MIN_VALUE;
    for (TimeWindow window : windows) {
      if (window.contains(serviceStart)) {
        return 0;
      }
      if (window.end() < serviceStart) {
        lastEndBefore = window.end();
      }
    }
    return lastEndBefore == Long.MIN_VALUE ? 0 : serviceStart - lastEndBefore;
  }

  /** Seconds the service ends after the SLA due time; 0 without an SLA or when met. */
  public long getSlaLateness() {
    Long end = getServiceEnd();
    return slaDue == null || end == null ? 0 : Math.max(0, end - slaDue);
  }

  /** Whether the technician of the planned route differs from the published one. */
  public boolean isTechnicianChanged() {
    return published != null
        && isAssigned()
        && !published.technicianId().equals(shift.getTechnician().id());
  }

  /** Seconds the planned start lies outside the promised window; 0 when kept or unpublished. */
  public long getPromiseBreach() {
    if (published == null || serviceStart == null || !isAssigned()) {
      return 0;
    }
    TimeWindow promised = published.promisedWindow();
    if (serviceStart < promised.start()) {
      return promised.start() - serviceStart;
    }
    return Math.max(0, serviceStart - promised.end());
  }

  public String getId() {
    return id;
  }

  public Location getLocation() {
    return location;
  }

  public long getServiceSeconds() {
    return serviceSeconds;
  }

  public List<TimeWindow> getWindows() {
    return windows;
  }

  public List<SkillLevel> getRequiredSkills() {
    return requiredSkills;
  }

  public Priority getPriority() {
    return priority;
  }

  public Long getSlaDue() {
    return slaDue;
  }

  public String getPreferredTechnicianId() {
    return preferredTechnicianId;
  }

  public String getTerritory() {
    return territory;
  }

  public long getDemand() {
    return demand;
  }

  /** A committed visit: it stays with its published technician whatever the solver finds. */
  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    if (pinned && published == null) {
      throw new IllegalStateException("visit " + id + " cannot be pinned before it is published");
    }
    this.pinned = pinned;
  }

  public PublishedAssignment getPublished() {
    return published;
  }

  public void setPublished(PublishedAssignment published) {
    this.published = published;
  }

  /** Technicians whose skills and territory allow this visit; kept by {@link DispatchPlan}. */
  public Set<String> getEligibleTechnicianIds() {
    return eligibleTechnicianIds;
  }

  public void setEligibleTechnicianIds(Set<String> eligibleTechnicianIds) {
    this.eligibleTechnicianIds = Set.copyOf(eligibleTechnicianIds);
  }

  /** The plan's travel times, for move selection; set by {@link DispatchPlan}. */
  public TravelTimes getTravelTimes() {
    return travelTimes;
  }

  public void setTravelTimes(TravelTimes travelTimes) {
    this.travelTimes = travelTimes;
    this.travelIndex = travelTimes instanceof TravelMatrix matrix ? matrix.indexOf(location) : -1;
  }

  /**
   * This visit's row in its travel times when they are a {@link TravelMatrix}, looked up once so
   * that re-timing a route does not look the location up on every leg; -1 otherwise.
   */
  public int getTravelIndex() {
    return travelIndex;
  }

  public TechnicianShift getShift() {
    return shift;
  }

  public void setShift(TechnicianShift shift) {
    this.shift = shift;
  }

  public Long getServiceStart() {
    return serviceStart;
  }

  public void setServiceStart(Long serviceStart) {
    this.serviceStart = serviceStart;
  }

  public Long getArrival() {
    return arrival;
  }

  public void setArrival(Long arrival) {
    this.arrival = arrival;
  }

  /** Travel seconds from the previous stop (or the shift start); null while unassigned. */
  public Long getTravelFromPrevious() {
    return travelFromPrevious;
  }

  public void setTravelFromPrevious(Long travelFromPrevious) {
    this.travelFromPrevious = travelFromPrevious;
  }

  /** Travel seconds to the shift's end location when this is the route's last visit, else 0. */
  public Long getTravelToEnd() {
    return travelToEnd;
  }

  public void setTravelToEnd(Long travelToEnd) {
    this.travelToEnd = travelToEnd;
  }

  @Override
  public String toString() {
    return id;
  }
}
