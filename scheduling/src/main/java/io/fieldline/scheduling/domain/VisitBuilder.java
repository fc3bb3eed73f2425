package io.fieldline.scheduling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Visit}. Defaults: priority NORMAL, no required skills, no demand, no SLA, no
 * preference, unpublished, not pinned. At least one window is required.
 */
public final class VisitBuilder {
  private final String id;
  private final Location location;
  private final List<TimeWindow> windows = new ArrayList<>();
  private final List<SkillLevel> skills = new ArrayList<>();
  private long serviceSeconds;
  private Priority priority = Priority.NORMAL;
  private Long slaDue;
  private String preferredTechnicianId;
  private String territory;
  private long demand;
  private PublishedAssignment published;
  private boolean pinned;

  VisitBuilder(String id, Location location) {
    this.id = Objects.requireNonNull(id, "id");
    this.location = Objects.requireNonNull(location, "location");
  }

  public VisitBuilder serviceSeconds(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("visit " + id + " has serviceSeconds " + seconds);
    }
    this.serviceSeconds = seconds;
    return this;
  }

  /** Adds a window the service may start in, epoch seconds inclusive; several are allowed. */
  public VisitBuilder window(long start, long end) {
    windows.add(new TimeWindow(start, end));
    return this;
  }

  public VisitBuilder requires(String skill, int level) {
    skills.add(new SkillLevel(skill, level));
    return this;
  }

  public VisitBuilder priority(Priority priority) {
    this.priority = Objects.requireNonNull(priority, "priority");
    return this;
  }

  /** The service should end by this epoch second; later ends cost soft score. */
  public VisitBuilder slaDue(long epochSecond) {
    this.slaDue = epochSecond;
    return this;
  }

  public VisitBuilder preferredTechnician(String technicianId) {
    this.preferredTechnicianId = technicianId;
    return this;
  }

  public VisitBuilder territory(String territory) {
    this.territory = territory;
    return this;
  }

  public VisitBuilder demand(long demand) {
    if (demand < 0) {
      throw new IllegalArgumentException("visit " + id + " has demand " + demand);
    }
    this.demand = demand;
    return this;
  }

  public VisitBuilder published(PublishedAssignment published) {
    this.published = published;
    return this;
  }

  /** Marks the visit committed to its published technician; it must be published. */
  public VisitBuilder pinned() {
    this.pinned = true;
    return this;
  }

  public Visit build() {
    if (windows.isEmpty()) {
      throw new IllegalStateException("visit " + id + " needs at least one time window");
    }
    windows.sort(Comparator.comparingLong(TimeWindow::start));
    Visit visit =
        new Visit(
            id,
            location,
            serviceSeconds,
            List.copyOf(windows),
            List.copyOf(skills),
            priority,
            slaDue,
            preferredTechnicianId,
            territory,
            demand);
    visit.setPublished(published);
    visit.setPinned(pinned);
    return visit;
  }
}
