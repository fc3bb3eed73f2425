package io.fieldline.scheduling.solver;

import java.util.List;

/** Stable constraint ids: score explanations, justifications and the backend refer to these. */
public final class ConstraintIds {

  public static final String REQUIRED_SKILLS = "Required skills";
  public static final String TERRITORY = "Territory";
  public static final String TIME_WINDOW = "Time window";
  public static final String SHIFT_END = "Shift end";
  public static final String CAPACITY = "Capacity";
  public static final String FROZEN_VISIT_STAYS = "Frozen visit stays";
  public static final String UNASSIGNED_VISIT = "Unassigned visit";
  public static final String TRAVEL_TIME = "Travel time";
  public static final String SLA_LATENESS = "SLA lateness";
  public static final String PREFERRED_TECHNICIAN = "Preferred technician";
  public static final String TECHNICIAN_CHANGED = "Published technician changed";
  public static final String PROMISE_BROKEN = "Start outside promised window";
  public static final String WORKLOAD_FAIRNESS = "Workload fairness";
  public static final String OVERTIME = "Overtime";

  /** Every id, hard first, in the order the dispatch provider defines them. */
  public static final List<String> ALL =
      List.of(
          REQUIRED_SKILLS,
          TERRITORY,
          TIME_WINDOW,
          SHIFT_END,
          CAPACITY,
          FROZEN_VISIT_STAYS,
          UNASSIGNED_VISIT,
          TRAVEL_TIME,
          SLA_LATENESS,
          PREFERRED_TECHNICIAN,
          TECHNICIAN_CHANGED,
          PROMISE_BROKEN,
          WORKLOAD_FAIRNESS,
          OVERTIME);

  private ConstraintIds() {}
}
