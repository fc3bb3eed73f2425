package io.fieldline.scheduling.domain;

/** How much leaving a visit unassigned costs, on the medium score level. */
public enum Priority {
  LOW(1),
  NORMAL(3),
  HIGH(10),
  URGENT(100);

  private final int weight;

  Priority(int weight) {
    this.weight = weight;
  }

  /** Medium-level penalty for leaving one visit of this priority unassigned. */
  public int weight() {
    return weight;
  }
}
