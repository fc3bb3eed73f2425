package io.fieldline.backend.service;

import java.time.Duration;

/** How bad a case is; drives its default SLA. */
public enum CaseSeverity {
  LOW(Duration.ofDays(7)),
  MEDIUM(Duration.ofDays(3)),
  HIGH(Duration.ofHours(24)),
  CRITICAL(Duration.ofHours(4));

  private final Duration defaultSla;

  CaseSeverity(Duration defaultSla) {
    this.defaultSla = defaultSla;
  }

  /** How long the desk has to resolve a case of this severity unless told otherwise. */
  public Duration defaultSla() {
    return defaultSla;
  }
}
