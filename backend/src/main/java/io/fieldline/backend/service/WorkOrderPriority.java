package io.fieldline.backend.service;

import java.time.Duration;

/** How urgent a work order is; drives its default SLA. */
public enum WorkOrderPriority {
  LOW(Duration.ofDays(14)),
  NORMAL(Duration.ofDays(5)),
  HIGH(Duration.ofHours(48)),
  URGENT(Duration.ofHours(8));

  private final Duration defaultSla;

  WorkOrderPriority(Duration defaultSla) {
    this.defaultSla = defaultSla;
  }

  /** Time from creation to the SLA due time unless the creator sets one. */
  public Duration defaultSla() {
    return defaultSla;
  }
}
